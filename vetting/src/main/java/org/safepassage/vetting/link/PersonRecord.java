package org.safepassage.vetting.link;

import org.safepassage.core.registration.NationalId;
import org.safepassage.core.registration.Person;
import org.safepassage.core.registration.Registration;
import org.safepassage.core.registration.Service;
import org.safepassage.core.text.Digits;
import org.safepassage.vetting.names.BirthYears;
import org.safepassage.vetting.names.NameKey;
import org.safepassage.vetting.names.PersianNames;

/** What linking compares of one registration, normalised once. */
public record PersonRecord(int index, String id, NameKey given, NameKey family, NameKey father, Integer birthYear,
                           String nationalId, boolean nationalIdValid, String organization, NameKey birthPlace,
                           NameKey province) {

    public static PersonRecord of(int index, Registration registration) {
        Person person = registration.person() == null ? Person.ANONYMOUS : registration.person();
        Service service = registration.service();
        String nationalId = person.nationalId() == null ? null : Digits.toAscii(person.nationalId()).replaceAll("[^0-9]", "");
        if (nationalId != null && nationalId.isEmpty()) {
            nationalId = null;
        }
        return new PersonRecord(index, registration.id(), PersianNames.key(person.givenName()),
                PersianNames.key(person.familyName()), PersianNames.key(person.fatherName()),
                BirthYears.gregorian(person.birthYear()), nationalId,
                nationalId != null && NationalId.hasValidCheckDigit(nationalId),
                service == null || service.organization() == null ? null : service.organization().wireName(),
                PersianNames.key(person.birthPlace()), PersianNames.key(service == null ? null : service.province()));
    }

    public boolean named() {
        return !given.isEmpty() || !family.isEmpty();
    }
}
