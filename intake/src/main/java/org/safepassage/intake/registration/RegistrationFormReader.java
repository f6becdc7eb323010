package org.safepassage.intake.registration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.safepassage.core.registration.AttachmentRef;
import org.safepassage.core.registration.BirthYear;
import org.safepassage.core.registration.Channel;
import org.safepassage.core.registration.FamilyMember;
import org.safepassage.core.registration.NationalId;
import org.safepassage.core.registration.Organization;
import org.safepassage.core.registration.Person;
import org.safepassage.core.registration.Registration;
import org.safepassage.core.registration.RegistrationParser;
import org.safepassage.core.registration.Relation;
import org.safepassage.core.registration.Service;
import org.safepassage.core.registration.Urgency;
import org.safepassage.core.registration.WireEnum;
import org.safepassage.core.text.Digits;
import org.springframework.validation.Errors;

/**
 * Checks a posted form field by field (each error is a message code shown beside its field in
 * the page's language) and turns a clean form into a schema v1 registration.
 */
public final class RegistrationFormReader {

    public static final String SOLAR_HIJRI = "solar";
    public static final String GREGORIAN = "gregorian";

    private final RegistrationForm form;
    private final Errors errors;

    public RegistrationFormReader(RegistrationForm form, Errors errors) {
        this.form = form;
        this.errors = errors;
    }

    public void validate() {
        choice("organization", form.getOrganization(), Organization.class, true);
        choice("urgency", form.getUrgency(), Urgency.class, true);
        for (String field : List.of("branch", "unit", "rank", "position", "province", "givenName", "familyName",
                "fatherName", "birthPlace")) {
            length(field, (String) errors.getFieldValue(field), RegistrationParser.MAX_NAME_LENGTH);
        }
        length("access", form.getAccess(), RegistrationParser.MAX_TEXT_LENGTH);
        length("narrative", form.getNarrative(), RegistrationParser.MAX_TEXT_LENGTH);
        number("yearsOfService", form.getYearsOfService(), 0, RegistrationParser.MAX_YEARS_OF_SERVICE);
        if (!SOLAR_HIJRI.equals(form.getCalendar()) && !GREGORIAN.equals(form.getCalendar())) {
            errors.rejectValue("calendar", "calendar.invalid");
        }
        birthYear("birthYear", form.getBirthYear());
        nationalId();
        List<RegistrationForm.FamilyRow> family = form.getFamily();
        for (int i = 0; i < family.size(); i++) {
            RegistrationForm.FamilyRow row = family.get(i);
            if (row.isBlank()) {
                continue;
            }
            if (!choice("family[" + i + "].relation", row.getRelation(), Relation.class, false)
                    || row.getRelation().isBlank()) {
                errors.rejectValue("family[" + i + "].relation", "relation.required");
            }
            birthYear("family[" + i + "].birthYear", row.getBirthYear());
        }
    }

    /** The registration this form describes; call only when {@link #validate()} found nothing. */
    public Registration toRegistration(String id, Instant receivedAt, String language, List<AttachmentRef> attachments) {
        Person person = new Person(text(form.getGivenName()), text(form.getFamilyName()), text(form.getFatherName()),
                gregorianYear(form.getBirthYear()).orElse(null), text(form.getBirthPlace()),
                text(compactDigits(form.getNationalId())));
        Service service = new Service(WireEnum.fromWire(Organization.class, form.getOrganization()).orElseThrow(),
                text(form.getBranch()), text(form.getUnit()), text(form.getRank()), text(form.getPosition()),
                number(form.getYearsOfService()).orElse(null), text(form.getProvince()));
        List<FamilyMember> family = new ArrayList<>();
        for (RegistrationForm.FamilyRow row : form.getFamily()) {
            if (!row.isBlank()) {
                family.add(new FamilyMember(WireEnum.fromWire(Relation.class, row.getRelation()).orElseThrow(),
                        gregorianYear(row.getBirthYear()).orElse(null)));
            }
        }
        return new Registration(Registration.SCHEMA, id, receivedAt, Channel.WEB, language, person, service, family,
                text(form.getAccess()), text(form.getNarrative()),
                WireEnum.fromWire(Urgency.class, form.getUrgency()).orElseThrow(), attachments);
    }

    private <E extends Enum<E> & WireEnum> boolean choice(String field, String value, Class<E> type, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.rejectValue(field, field.replaceAll("\\[\\d+]", "") + ".required");
            }
            return !required;
        }
        if (WireEnum.fromWire(type, value).isEmpty()) {
            errors.rejectValue(field, "choice.invalid");
            return false;
        }
        return true;
    }

    private void length(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.rejectValue(field, "text.tooLong", new Object[] {max}, null);
        }
    }

    private void number(String field, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return;
        }
        Optional<Integer> parsed = number(value);
        if (parsed.isEmpty() || parsed.get() < min || parsed.get() > max) {
            errors.rejectValue(field, "number.range", new Object[] {min, max}, null);
        }
    }

    private void birthYear(String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Optional<Integer> parsed = number(value);
        boolean solar = SOLAR_HIJRI.equals(form.getCalendar());
        int min = solar ? BirthYear.EARLIEST_SOLAR_HIJRI : RegistrationParser.EARLIEST_BIRTH_YEAR;
        int max = solar ? BirthYear.LATEST_SOLAR_HIJRI : RegistrationParser.LATEST_BIRTH_YEAR;
        // a year of the other calendar is read in that one: the two calendars' birth years do not overlap
        if (parsed.isEmpty() || BirthYear.gregorian(parsed.get()).isEmpty()) {
            errors.rejectValue(field, solar ? "birthYear.solar" : "birthYear.gregorian", new Object[] {min, max}, null);
        }
    }

    private void nationalId() {
        String id = compactDigits(form.getNationalId());
        if (id.isEmpty()) {
            return;
        }
        if (!NationalId.isWellFormed(id)) {
            errors.rejectValue("nationalId", "nationalId.format");
        } else if (!NationalId.hasValidCheckDigit(id)) {
            errors.rejectValue("nationalId", "nationalId.checkDigit");
        }
    }

    private Optional<Integer> gregorianYear(String value) {
        return number(value).flatMap(BirthYear::gregorian);
    }

    private static Optional<Integer> number(String value) {
        String digits = compactDigits(value);
        if (digits.isEmpty() || digits.length() > 6 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(digits));
    }

    /** ASCII digits with spaces and dashes removed: how national IDs and years are typed in practice. */
    private static String compactDigits(String value) {
        return value == null ? "" : Digits.toAscii(value).replaceAll("[\\s\\-\u200c\u200f\u200e]", "");
    }

    /** Free text as typed, without surrounding space or control characters; blank becomes absent. */
    private static String text(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = value.replaceAll("[\\p{Cntrl}&&[^\n\t]]", "").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }
}
