package org.safepassage.intake.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safepassage.core.registration.Organization;
import org.safepassage.core.registration.Relation;
import org.safepassage.core.registration.Urgency;

/**
 * The form's answers (its organisations, family relations and urgencies, in each of its
 * languages), as a list made from the form or a packet carries them, read back as what they stand
 * for: the form and the reading rules say the same.
 */
class FormAnswersTest {

    private static Properties bundle(String name) throws Exception {
        Properties messages = new Properties();
        try (Reader reader = new InputStreamReader(FormAnswersTest.class.getClassLoader().getResourceAsStream(name), StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        return messages;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"intake/messages.properties", "intake/messages_en.properties", "intake/messages_fa.properties"})
    void everyAnswerOfTheFormReadsAsWhatItStandsFor(String name) throws Exception {
        Properties messages = bundle(name);
        for (Urgency urgency : Urgency.values()) {
            String answer = messages.getProperty("urgency." + urgency.wireName());
            assertThat(answer).as("the form's answer for " + urgency).isNotBlank();
            assertThat(Urgency.read(answer)).as(answer).contains(urgency);
        }
        for (Organization organization : Organization.values()) {
            String answer = messages.getProperty("org." + organization.wireName());
            assertThat(answer).as("the form's answer for " + organization).isNotBlank();
            assertThat(Organization.read(answer)).as(answer).contains(organization);
            assertThat(Organization.named(answer).orElseThrow().branch()).as("the form's own name for %s says no branch", answer).isNull();
        }
        for (Relation relation : Relation.values()) {
            String answer = messages.getProperty("relation." + relation.wireName());
            assertThat(answer).as("the form's answer for " + relation).isNotBlank();
            assertThat(Relation.read(answer)).as(answer).contains(relation);
        }
    }
}
