package org.safepassage.vetting.link;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.safepassage.core.registration.FamilyMember;
import org.safepassage.core.registration.NationalId;
import org.safepassage.core.registration.Organization;
import org.safepassage.core.registration.Person;
import org.safepassage.core.registration.Registration;
import org.safepassage.core.registration.Service;
import org.safepassage.core.text.Digits;
import org.safepassage.core.text.Remembered;
import org.safepassage.vetting.assess.Finding;
import org.safepassage.vetting.consistency.Branches;
import org.safepassage.vetting.consistency.Claims;
import org.safepassage.vetting.consistency.ConsistencyChecks;
import org.safepassage.vetting.consistency.Positions;
import org.safepassage.vetting.consistency.Rank;
import org.safepassage.vetting.consistency.RankTable;
import org.safepassage.vetting.names.BirthPlaces;
import org.safepassage.vetting.names.BirthYears;
import org.safepassage.vetting.names.FullNameInOneField;
import org.safepassage.vetting.names.NameKey;
import org.safepassage.vetting.names.NameTitles;
import org.safepassage.vetting.names.PersianNames;
import org.safepassage.vetting.names.Places;
import org.safepassage.vetting.names.Provinces;
import org.safepassage.vetting.names.RepeatedName;
import org.safepassage.vetting.names.VisibleText;

/**
 * What linking compares of one registration, normalised once ({@code place}: the birth place as a
 * city of the gazetteer, null when it is not one of them; {@code birthProvince}: the province a
 * birth place that is no city of the gazetteer names, as people write the province they were born
 * in (Khuzestan, گیلان), null otherwise; {@code placesOneSlipAway}: the cities a
 * birth place the gazetteer does not know is one slip from, see {@link Places#oneSlipFrom};
 * {@code position}: the post, see {@link #position(String)}; {@code branch}: the branch or
 * department, see {@link #branch(String)}; {@code province}: the province of service, see
 * {@link #province(String)}; {@code oneFieldGiven} and {@code oneFieldFamily}: a whole name typed
 * into one field, read as given and family name, see {@link FullNameInOneField}, empty otherwise;
 * {@code familyFirstGiven} and {@code familyFirstFamily}: the same name read family name first,
 * empty when it has no such reading); with what its own claims contradict
 * ({@code consistency}, from {@link ConsistencyChecks}: worked out once here, and used again by the
 * signal scan), and whether those make it contradict itself ({@code contradictsItself}: read on
 * every comparison, so worked out once).
 */
public record PersonRecord(int index, String id, NameKey given, NameKey family, NameKey oneFieldGiven, NameKey oneFieldFamily,
                           NameKey familyFirstGiven, NameKey familyFirstFamily, NameKey father, Integer birthYear,
                           String nationalId, boolean nationalIdValid, String organization, NameKey birthPlace, String place,
                           String birthProvince, Set<String> placesOneSlipAway,
                           String unit, String unitNumber, String unitKey, Rank rank, String position, Integer yearsOfService,
                           String branch, String province, int[] relatives, List<Finding> consistency, boolean contradictsItself,
                           OwnWords words) {

    /** Branches as read within their organisation, worked out once for each organisation and text: they repeat. */
    private static final Map<Organization, Remembered<String>> BRANCHES = Arrays.stream(Organization.values())
            .collect(Collectors.toMap(organization -> organization,
                    organization -> new Remembered<>(text -> branchWithin(organization, text), 20_000),
                    (one, other) -> one, () -> new EnumMap<>(Organization.class)));
    /** Units, posts and branches reduced to letters and digits, worked out once for each text: they repeat too. */
    private static final Remembered<String> LETTERS_AND_DIGITS = new Remembered<>(PersonRecord::readLettersAndDigits, 200_000);
    private static final Pattern NOT_DIGIT = Pattern.compile("[^0-9]");
    private static final Pattern NOT_DIGITS = Pattern.compile("[^0-9]+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

    /** The record of a registration, read as it shows ({@link VisibleText}). */
    public static PersonRecord of(int index, Registration written) {
        return ofVisible(index, VisibleText.of(written));
    }

    /** The record of a registration already read as it shows ({@link VisibleText#of}), as {@code Subject} reads it once for all it keeps. */
    public static PersonRecord ofVisible(int index, Registration registration) {
        Person person = registration.person() == null ? Person.ANONYMOUS : registration.person();
        Service service = registration.service();
        String organization = service == null || service.organization() == null ? null : service.organization().wireName();
        String unit = service == null ? null : lettersAndDigits(service.unit());
        String unitNumber = unitNumber(unit);
        String nationalId = person.nationalId() == null ? null : NOT_DIGIT.matcher(Digits.toAscii(person.nationalId())).replaceAll("");
        if (nationalId != null && nationalId.isEmpty()) {
            nationalId = null;
        }
        Integer birthYear = BirthYears.gregorian(person.birthYear());
        String birthPlaceWritten = BirthPlaces.place(person.birthPlace());
        NameKey birthPlace = PersianNames.key(birthPlaceWritten);
        String city = Places.find(birthPlace);
        boolean nationalIdValid = nationalId != null && NationalId.hasValidCheckDigit(nationalId);
        List<Finding> consistency = List.copyOf(ConsistencyChecks.check(Claims.of(registration, birthYear, nationalId, nationalIdValid)));
        String given = NameTitles.strip(RepeatedName.without(person.givenName(), person.familyName()));
        String family = person.familyName();
        FullNameInOneField.Reading oneField = FullNameInOneField.read(given, family);
        FullNameInOneField.Reading familyFirst = FullNameInOneField.readFamilyFirst(given, family);
        return new PersonRecord(index, registration.id(), PersianNames.key(given),
                PersianNames.key(NameTitles.stripFromFamilyName(family)),
                oneField == null ? NameKey.EMPTY : PersianNames.key(NameTitles.strip(oneField.given())),
                oneField == null ? NameKey.EMPTY : PersianNames.key(NameTitles.stripFromFamilyName(oneField.family())),
                familyFirst == null ? NameKey.EMPTY : PersianNames.key(NameTitles.strip(familyFirst.given())),
                familyFirst == null ? NameKey.EMPTY : PersianNames.key(familyFirst.family()),
                PersianNames.key(NameTitles.strip(person.fatherName())), birthYear, nationalId,
                nationalIdValid, organization, birthPlace, city, city == null ? Provinces.named(birthPlaceWritten) : null,
                Places.oneSlipFrom(birthPlace), unit, unitNumber,
                unitKey(organization, unit, unitNumber), service == null ? null : RankTable.get().find(service.rank()),
                service == null ? null : position(service.position()), service == null ? null : service.yearsOfService(),
                service == null ? null : branch(service.organization(), service.branch()), service == null ? null : province(service.province()),
                relatives(registration.family()), consistency, contradicts(consistency), OwnWords.of(registration.narrative()));
    }

    /**
     * Whether claims of a registration cannot all be true: a relative's age that cannot be, a
     * unit or rank of another organisation, an impossible age. A typo in a national ID or a quick
     * career does not count: honest people make those.
     */
    private static boolean contradicts(List<Finding> consistency) {
        for (Finding finding : consistency) {
            boolean hard = switch (finding.signal()) {
                case FAMILY_AGES -> finding.strength() >= 1;
                case UNIT_ORGANIZATION, RANK_ORGANIZATION, AGE -> true;
                default -> false;
            };
            if (hard) {
                return true;
            }
        }
        return false;
    }

    /** A unit or a post as written, reduced to letters and digits in one canonical form (Persian digits to ASCII). */
    private static String lettersAndDigits(String text) {
        return text == null || text.isBlank() ? null : LETTERS_AND_DIGITS.get(text);
    }

    private static String readLettersAndDigits(String text) {
        String canonical = PersianNames.canonicalPersian(text).toLowerCase(Locale.ROOT);
        canonical = NOT_LETTER_OR_DIGIT.matcher(canonical).replaceAll("");
        return canonical.isEmpty() ? null : canonical;
    }

    /** The digits of a unit as written, e.g. "27" of "لشکر ۲۷" or "27th division"; empty when it has none. */
    static String unitNumber(String unit) {
        return unit == null ? "" : NOT_DIGITS.matcher(unit).replaceAll(" ").strip();
    }

    /** The mark of a value its table does not read: the text as written, which counts only when two are alike. */
    private static final String AS_WRITTEN = "~";

    /**
     * A post as linking compares it: the English name of a post of the table (so that "دادیار" and
     * "assistant prosecutor" meet), otherwise the text as written ({@link #asWritten}); null when
     * none is given.
     */
    private static String position(String text) {
        String post = Positions.get().find(text);
        return post != null ? post : asWritten(lettersAndDigits(text));
    }

    /**
     * A branch or department as linking compares it: the English name of a branch of the table
     * ({@link Branches}: "نیروی زمینی سپاه", "IRGC Ground Force" and "Niru-ye Zamini" are one), otherwise
     * the text as written ({@link #asWritten}); null when none is given.
     */
    private static String branch(Organization organization, String written) {
        return written == null || organization == null ? null : BRANCHES.get(organization).get(written);
    }

    private static String branchWithin(Organization organization, String written) {
        // the organisation's own names, which a list writes with the branch (IRGC Navy, Police (FARAJA)), are not the branch
        String text = organization.withoutItsNames(written);
        String branch = Branches.get().find(text);
        return branch != null ? branch : asWritten(lettersAndDigits(text));
    }

    /**
     * A province as linking compares it: the province of the gazetteer ({@link Provinces}: any
     * spelling, a city of it, a slip from one province only), otherwise its name key as written
     * ({@link #asWritten}); null when none is given.
     */
    private static String province(String text) {
        String province = Provinces.find(text);
        return province != null ? province : asWritten(PersianNames.key(text).skeleton());
    }

    /** A text its table does not read, in one canonical form, marked as such; null for nothing. */
    static String asWritten(String canonical) {
        return canonical == null || canonical.isEmpty() ? null : AS_WRITTEN + canonical;
    }

    /** Whether a post, branch or province is a text its table did not read ({@link #asWritten}). */
    public static boolean isAsWritten(String value) {
        return value.startsWith(AS_WRITTEN);
    }

    /** Family members as (relation, birth year) codes, sorted: relation ordinal × 10,000 + year; 0 for an unknown year. */
    private static int[] relatives(List<FamilyMember> family) {
        int[] codes = new int[family.size()];
        int count = 0;
        for (FamilyMember member : family) { // a loop, not a stream: a million records are made at once
            if (member.relation() != null) {
                codes[count++] = member.relation().ordinal() * 10_000 + (member.birthYear() == null ? 0 : member.birthYear());
            }
        }
        int[] relatives = Arrays.copyOf(codes, count);
        Arrays.sort(relatives);
        return relatives;
    }

    /**
     * The unit within its organisation, as linking compares it: by its number when it has one, so
     * that "تیپ ۱۰" and "10th Brigade" meet, otherwise by its text; null when no unit is given.
     */
    private static String unitKey(String organization, String unit, String unitNumber) {
        if (unit == null) {
            return null;
        }
        return (organization == null ? "" : organization) + "|" + (unitNumber.isEmpty() ? unit : "#" + unitNumber);
    }

    /** The same record at another position of the records it is linked among. */
    public PersonRecord withIndex(int newIndex) {
        return new PersonRecord(newIndex, id, given, family, oneFieldGiven, oneFieldFamily, familyFirstGiven, familyFirstFamily, father,
                birthYear, nationalId, nationalIdValid,
                organization, birthPlace,
                place, birthProvince, placesOneSlipAway, unit, unitNumber, unitKey, rank, position, yearsOfService, branch, province, relatives, consistency,
                contradictsItself, words);
    }

    /**
     * The birth place as linking compares and counts it: the gazetteer's city, else the province it
     * names, else its name key; empty when none.
     */
    public String placeKey() {
        return place != null ? place : birthProvince != null ? "province " + birthProvince : birthPlace.skeleton();
    }

    /** Whether a whole name typed into one field can be read as given and family name. */
    public boolean hasOneFieldReading() {
        return !oneFieldGiven.isEmpty() && !oneFieldFamily.isEmpty();
    }

    /** Whether that name can also be read family name first. */
    public boolean hasFamilyFirstReading() {
        return !familyFirstGiven.isEmpty() && !familyFirstFamily.isEmpty();
    }

    /** The given name, or the given name read out of a whole name typed into one field (Ali Karimi: Ali). */
    public NameKey givenAsRead() {
        return givesBothNames() || !hasOneFieldReading() ? given : oneFieldGiven;
    }

    /** The family name, or the family name read out of a whole name typed into one field (Ali Karimi: Karimi). */
    public NameKey familyAsRead() {
        return givesBothNames() || !hasOneFieldReading() ? family : oneFieldFamily;
    }

    /** Whether both the given and the family name are given, each in its own field. */
    public boolean givesBothNames() {
        return !given.isEmpty() && !family.isEmpty();
    }

    public boolean named() {
        return !given.isEmpty() || !family.isEmpty();
    }
}
