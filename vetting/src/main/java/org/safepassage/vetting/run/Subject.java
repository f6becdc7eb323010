package org.safepassage.vetting.run;

import java.time.ZoneOffset;
import java.util.List;
import org.safepassage.core.registration.Person;
import org.safepassage.core.registration.Registration;
import org.safepassage.core.registration.RegistrationReading;
import org.safepassage.core.registration.Service;
import org.safepassage.core.registration.Urgency;
import org.safepassage.vetting.campaign.TextFingerprint;
import org.safepassage.vetting.consistency.Claims;
import org.safepassage.vetting.link.PersonRecord;

/**
 * What vetting keeps of one registration: its linking record, its claims, a sketch of its free
 * text, and the few facts scoring needs; not the text itself, so that a million fit in memory.
 *
 * @param day        the day it arrived (epoch day), or null when unknown
 * @param unreadable the optional fields that broke their rule and were set aside, as reasons
 */
public record Subject(PersonRecord record, String fullName, Urgency urgency, int accessWords, boolean anonymous,
                      Claims claims, Long day, int[] sketch, List<String> unreadable) {

    /** A registration as read under the reading rules: the set-aside fields go with it as reasons. */
    public static Subject of(int index, RegistrationReading reading) {
        Subject subject = of(index, reading.registration());
        return reading.setAside().isEmpty() ? subject
                : new Subject(subject.record, subject.fullName, subject.urgency, subject.accessWords, subject.anonymous,
                        subject.claims, subject.day, subject.sketch, reading.reasons());
    }

    public static Subject of(int index, Registration registration) {
        Person person = registration.person() == null ? Person.ANONYMOUS : registration.person();
        String given = person.givenName();
        String family = person.familyName();
        String fullName = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
        PersonRecord record = PersonRecord.of(index, registration);
        Service service = registration.service();
        var received = registration.receivedAt() == null ? null : registration.receivedAt().atZone(ZoneOffset.UTC);
        Claims claims = Claims.of(registration, record.birthYear(), record.nationalId(), record.nationalIdValid());
        String text = freeText(registration);
        return new Subject(record, fullName.isEmpty() ? null : fullName, registration.urgency(), words(registration.access()),
                fullName.isEmpty(), claims, received == null ? null : received.toLocalDate().toEpochDay(), TextFingerprint.of(text),
                List.of());
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

    private static int words(String text) {
        return text == null || text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
