package org.safepassage.vetting.consistency;

import java.time.LocalDate;
import java.util.List;
import org.safepassage.core.registration.FamilyMember;
import org.safepassage.core.registration.Organization;
import org.safepassage.core.registration.Registration;
import org.safepassage.core.registration.Service;

/**
 * What a registration claims about a career and a family, as the consistency checks read it.
 *
 * @param organization    the organisation, or null
 * @param rank            the rank as written, or null
 * @param yearsOfService  years of service, or null
 * @param unit            the unit as written, or null
 * @param birthYear       the Gregorian birth year, or null
 * @param year            the year the registration arrived (ages are counted to it)
 * @param family          family members as listed
 * @param nationalId      the national ID's digits, or null
 * @param nationalIdValid whether its check digit holds
 */
public record Claims(Organization organization, String rank, Integer yearsOfService, String unit, Integer birthYear, int year,
                     List<FamilyMember> family, String nationalId, boolean nationalIdValid) {

    /** The claims of a registration whose birth year and national ID were already read (Gregorian, digits only). */
    public static Claims of(Registration registration, Integer birthYear, String nationalId, boolean nationalIdValid) {
        Service service = registration.service();
        // the UTC day's year, counted from the epoch day (a zone's rules would be looked up for each registration)
        Integer received = registration.receivedAt() == null ? null
                : LocalDate.ofEpochDay(Math.floorDiv(registration.receivedAt().getEpochSecond(), 86_400L)).getYear();
        return new Claims(service == null ? null : service.organization(), service == null ? null : service.rank(),
                service == null ? null : service.yearsOfService(), service == null ? null : service.unit(), birthYear,
                received == null ? 2026 : received, registration.family(), nationalId, nationalIdValid);
    }

    /** The claimed age in the year of arrival, or null when no birth year is given. */
    public Integer age() {
        return birthYear == null ? null : year - birthYear;
    }
}
