package org.safepassage.intake.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safepassage.core.registration.Urgency;

/**
 * The form's answers to "how urgent is it?", as a list made from the form or a packet carries
 * them, read back as the urgency they stand for: the form and the reading rules say the same.
 */
class UrgencyAnswersTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"intake/messages.properties", "intake/messages_en.properties", "intake/messages_fa.properties"})
    void everyAnswerOfTheFormReadsAsItsUrgency(String bundle) throws Exception {
        Properties messages = new Properties();
        try (Reader reader = new InputStreamReader(getClass().getClassLoader().getResourceAsStream(bundle), StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        for (Urgency urgency : Urgency.values()) {
            String answer = messages.getProperty("urgency." + urgency.wireName());
            assertThat(answer).as("the form's answer for " + urgency).isNotBlank();
            assertThat(Urgency.read(answer)).as(answer).contains(urgency);
        }
    }
}
