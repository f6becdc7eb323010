package org.safepassage.vetting.run;

import org.safepassage.core.registration.Registration;
import org.safepassage.vetting.link.PersonRecord;

/** What vetting keeps of one registration: its linking record and the few facts scoring needs. */
public record Subject(PersonRecord record, String fullName, String urgency, boolean hasAccess, boolean anonymous) {

    public static Subject of(int index, Registration registration) {
        var person = registration.person();
        String given = person == null ? null : person.givenName();
        String family = person == null ? null : person.familyName();
        String fullName = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
        return new Subject(PersonRecord.of(index, registration), fullName.isEmpty() ? null : fullName,
                registration.urgency() == null ? null : registration.urgency().wireName(),
                registration.access() != null && !registration.access().isBlank(), fullName.isEmpty());
    }
}
