package org.safepassage.vetting.run;

import java.util.List;
import org.safepassage.core.registration.Person;
import org.safepassage.core.registration.Registration;
import org.safepassage.core.registration.RegistrationReading;
import org.safepassage.core.registration.Service;
import org.safepassage.core.registration.Urgency;
import org.safepassage.vetting.campaign.TextFingerprint;
import org.safepassage.vetting.consistency.Claims;
import org.safepassage.vetting.link.PersonRecord;
import org.safepassage.vetting.names.RepeatedName;
import org.safepassage.vetting.names.WordCount;
import org.safepassage.vetting.names.VisibleText;

/**
 * What vetting keeps of one registration: its linking record, its claims, a sketch of its free
 * text, and the few facts scoring needs; not the text itself, so that a million fit in memory.
 *
 * @param hour       the hour it arrived (hours since 1970, as the intake keeps it), or null when unknown
 * @param textWords  how many words the registrant wrote in the narrative and access fields
 * @param briefText  whether that text is a sentence or two ({@link TextFingerprint#BRIEF_LENGTH})
 * @param unreadable the optional fields that broke their rule and were set aside, as reasons
 */
public record Subject(PersonRecord record, String fullName, Urgency urgency, int accessWords, boolean anonymous,
                      Claims claims, Long hour, int textWords, int[] sketch, boolean briefText, List<String> unreadable) {

    /**
     * Fewer words of its own than this are a line or two: "please contact me", or one sentence
     * about being watched and in danger, as a swarm's generator writes them by the hundred.
     */
    static final int NEARLY_EMPTY_WORDS = 25;

    /** A registration as read under the reading rules: the set-aside fields go with it as reasons. */
    public static Subject of(int index, RegistrationReading reading) {
        Subject subject = of(index, reading.registration());
        return reading.setAside().isEmpty() ? subject
                : new Subject(subject.record, subject.fullName, subject.urgency, subject.accessWords, subject.anonymous,
                        subject.claims, subject.hour, subject.textWords, subject.sketch, subject.briefText, reading.reasons());
    }

    public static Subject of(int index, Registration written) {
        Registration registration = VisibleText.of(written);
        Person person = registration.person() == null ? Person.ANONYMOUS : registration.person();
        String given = RepeatedName.without(person.givenName(), person.familyName());
        String family = person.familyName();
        String fullName = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
        PersonRecord record = PersonRecord.ofVisible(index, registration);
        Service service = registration.service();
        Claims claims = Claims.of(registration, record.birthYear(), record.nationalId(), record.nationalIdValid());
        String text = freeText(registration);
        int accessWords = WordCount.of(registration.access());
        TextFingerprint.Sketch sketch = TextFingerprint.sketch(text);
        return new Subject(record, fullName.isEmpty() ? null : fullName, registration.urgency(), accessWords,
                fullName.isEmpty(), claims, registration.receivedAt() == null ? null
                        : Math.floorDiv(registration.receivedAt().getEpochSecond(), 3600L),
                WordCount.of(registration.narrative()) + accessWords, sketch.bins(), sketch.brief(), List.of());
    }

    /** The day it arrived (epoch day), or null when unknown. */
    public Long day() {
        return hour == null ? null : Math.floorDiv(hour, 24L);
    }

    /**
     * Whether the registration gives nothing to vet or act on: no valid national ID, father, birth
     * place, family, unit or rank, and a line or two of its own ({@link #NEARLY_EMPTY_WORDS}).
     * Honest people send such a first contact too; a swarm is made of them.
     */
    public boolean nearlyEmpty() {
        return !record.nationalIdValid() && givesNothingToVetButPerhapsAnId();
    }

    /**
     * Whether the registration gives nothing to vet but a national ID whose check digit is valid
     * (anyone can compute one): otherwise as {@link #nearlyEmpty}.
     */
    public boolean nearlyEmptyButForANationalId() {
        return record.nationalIdValid() && givesNothingToVetButPerhapsAnId();
    }

    private boolean givesNothingToVetButPerhapsAnId() {
        return textWords < NEARLY_EMPTY_WORDS && record.father().isEmpty() && record.birthPlace().isEmpty()
                && record.relatives().length == 0 && record.unitKey() == null && record.rank() == null;
    }

    /** What the registrant wrote in their own words: the narrative, then what they can provide; null when neither. */
    public static String freeText(Registration registration) {
        String narrative = registration.narrative();
        String access = registration.access();
        if (narrative == null || narrative.isBlank()) {
            return access;
        }
        return access == null || access.isBlank() ? narrative : narrative + "\n" + access;
    }
}
