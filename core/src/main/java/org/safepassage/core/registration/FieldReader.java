package org.safepassage.core.registration;

import static org.safepassage.core.registration.RegistrationParser.EARLIEST_BIRTH_YEAR;
import static org.safepassage.core.registration.RegistrationParser.LATEST_BIRTH_YEAR;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safepassage.core.registration.InvalidRegistrationException.Violation;
import org.safepassage.core.text.Digits;
import org.safepassage.core.text.DisplaySafeText;
import org.safepassage.core.text.Mojibake;
import tools.jackson.databind.JsonNode;

/**
 * Reads typed fields under the current path and collects broken rules instead of stopping at the
 * first: a required field's refuse the document, an optional field's set the field aside.
 */
final class FieldReader {

    /** A whole number as ASCII digits (fifteen at most: any more is no year, count or ID). */
    static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,15}");
    /**
     * Longer than any way of writing a year or a number of years (date of birth: ۱۳۴۰/۰۵/۱۲ ه.ش
     * (approx.)): such a field is not run through the patterns that read them, whose runs of
     * spaces would be tried again and again, and is set aside.
     */
    static final int LONGEST_WRITTEN_NUMBER = 80;
    /**
     * 1234567891.0: a number with a fraction of zeros, as a data tool writes a whole number it holds
     * as a decimal (after a dot or the Persian decimal mark ٫; digits already ASCII).
     */
    static final Pattern ZERO_FRACTION = Pattern.compile("(?<=[0-9])[.\u066B]0+(?![0-9])");
    /**
     * A number of years as a free field writes it (digits already ASCII): with its unit (31 years,
     * 31 yrs, ۳۱ سال), what they are of (31 years of service, ۳۱ سال خدمت, ۳۱ سال سابقه), a word
     * that says it is about right (about 31, ~31, حدود ۳۱ سال, 31?), or a word for service before it
     * (سابقه ۳۱ سال). Not a bound (over 30, 30+) nor two numbers (30-32).
     */
    private static final Pattern YEARS_WITH_UNIT = Pattern.compile("(?:(?:" + WrittenBirthYear.ABOUT
            + "|سابقه(?:\\s*خدمت)?)\\s*:?\\s*)?(\\d{1,3})\\s*(?:(?:years?|yrs?\\.?|y|سال)"
            + "(?:\\s*(?:of\\s+service|in\\s+service|service|خدمت|سابقه(?:\\s*خدمت)?))?)?\\s*\\??",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final List<Violation> violations = new ArrayList<>();
    private final List<Violation> setAside = new ArrayList<>();
    /** The unknown fields left out, by path (person.nickname). */
    private final List<String> ignored = new ArrayList<>();
    private String prefix = "";
    /** The zone of times of arrival written without one; null when such a time is refused. */
    private final ZoneId localTimes;

    FieldReader(ZoneId localTimes) {
        this.localTimes = localTimes;
    }

    /** A reader at this one's path that has found nothing yet: for a part that is whole or set aside as one. */
    FieldReader atSamePath() {
        FieldReader reader = new FieldReader(localTimes);
        reader.prefix = prefix;
        return reader;
    }

    /** The broken rules of required fields found so far. */
    List<Violation> violations() {
        return violations;
    }

    /** The optional fields set aside so far, each with the rule it broke. */
    List<Violation> setAside() {
        return setAside;
    }

    /** The unknown fields left out so far, by path; a reader of field names adds to it. */
    List<String> ignored() {
        return ignored;
    }

    void enter(String path) {
        prefix = path + ".";
    }

    void leave() {
        prefix = "";
    }

    void fail(String field, boolean required, String rule) {
        String path = field.isEmpty() ? prefix.substring(0, Math.max(0, prefix.length() - 1)) : prefix + field;
        (required ? violations : setAside).add(new Violation(path, rule));
    }

    boolean isAbsent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    /**
     * A string field's text as it was written: Persian that a tool mis-decoded once read back
     * ({@link Mojibake}), and without the controls that could make it read differently from
     * what it holds ({@link DisplaySafeText}).
     */
    private static String written(JsonNode node) {
        return DisplaySafeText.clean(Mojibake.repaired(node.stringValue()));
    }

    /** Absent, or a string of nothing but spaces: a field left blank. */
    boolean isBlank(JsonNode node) {
        return isAbsent(node) || node.isString() && written(node).isBlank();
    }

    String text(JsonNode parent, String field, boolean required, int maxLength) {
        JsonNode node = parent.get(field);
        // the text is made once: reading it back and cleaning it is the work of every field
        String value = node != null && node.isString() ? written(node).strip() : null;
        if (isAbsent(node) || value != null && value.isEmpty()) {
            if (required) {
                fail(field, true, "is required");
            }
            return null;
        }
        if (value == null) {
            if (required || !node.isNumber()) {
                fail(field, required, "must be a string");
                return null;
            }
            value = node.asString();
        }
        if (value.length() > maxLength) {
            fail(field, required, "must be at most " + maxLength + " characters");
            return null;
        }
        return value;
    }

    /**
     * The required id: a string, or a whole number (a database's key, exported as a JSON
     * number), read as its decimal digits.
     */
    String identifier(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node != null && node.isNumber()) {
            if (node.isIntegralNumber() && node.bigIntegerValue().signum() >= 0 && node.bigIntegerValue().bitLength() < 600) {
                return node.bigIntegerValue().toString();
            }
            fail(field, true, "must be a string or a whole number");
            return null;
        }
        return text(parent, field, true, 200);
    }

    /** A number of years, as a whole number or with its unit as forms' free fields get it (31 years, ۳۱ سال); optional. */
    Integer years(JsonNode parent, String field, int max) {
        JsonNode node = parent.get(field);
        if (isBlank(node)) {
            return null;
        }
        Optional<Long> value = wholeNumber(node);
        String text = node.isString() ? written(node).strip() : "";
        if (value.isEmpty() && !text.isEmpty() && text.length() <= LONGEST_WRITTEN_NUMBER) {
            Matcher written = YEARS_WITH_UNIT.matcher(Digits.toAscii(text));
            value = written.matches() ? Optional.of(Long.parseLong(written.group(1))) : value;
        }
        if (value.isEmpty() || value.get() > max) {
            fail(field, false, "must be a whole number from 0 to " + max);
            return null;
        }
        return value.get().intValue();
    }

    /** A whole number, as a JSON number or as digits in any script; optional. */
    Integer integer(JsonNode parent, String field, int min, int max, boolean required) {
        JsonNode node = parent.get(field);
        if (isBlank(node)) {
            return null;
        }
        Optional<Long> value = wholeNumber(node);
        if (value.isEmpty() || value.get() < min || value.get() > max) {
            fail(field, required, "must be a whole number from " + min + " to " + max);
            return null;
        }
        return value.get().intValue();
    }

    /**
     * A Gregorian birth year. A year that can only be Solar Hijri (1279–1409: Iranian documents
     * count in it) is read in it, as the intake's form does. A whole date of birth, as lists
     * give it (1340/05/12, 1961-08-03, 03.08.1961), is read for its year, and either after the
     * words a free field puts before it (متولد ۱۳۶۰, born 1981, DOB: 03.08.1961) or with a word
     * that says it is about right (c. 1961, ۱۳۴۰ حدوداً); see {@link WrittenBirthYear}.
     */
    Integer birthYear(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (isBlank(node)) {
            return null;
        }
        Optional<Long> written = wholeNumber(node);
        if (written.isEmpty() && node.isString()) {
            written = WrittenBirthYear.in(Digits.toAscii(written(node).strip()));
        }
        Optional<Integer> year = written.filter(n -> n >= 0 && n <= 9999).flatMap(n -> BirthYear.gregorian(n.intValue()));
        if (year.isEmpty()) {
            fail(field, false, "must be a year from " + EARLIEST_BIRTH_YEAR + " to " + LATEST_BIRTH_YEAR
                    + " (or " + BirthYear.EARLIEST_SOLAR_HIJRI + " to " + BirthYear.LATEST_SOLAR_HIJRI + " Solar Hijri)");
            return null;
        }
        return year.get();
    }

    /**
     * Ten digits in any script, spaces and dashes ignored. Eight or nine digits are the number
     * with its leading zeros lost (a spreadsheet's doing) when the zeros make its check digit
     * right; otherwise the number is set aside. The number as data tools and spreadsheets
     * export it is read too: a JSON number with a fraction of zero (1234567891.0: a number
     * column with gaps), or text whose one number it is (1234567891.0, a label before it as in
     * "کد ملی: 1234567891" or "No. 1234567891", Excel's '1234567891 and ="1234567891");
     * text with two numbers is set aside.
     */
    String nationalId(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        String text;
        if (node != null && node.isNumber()) {
            Optional<Long> number = wholeNumber(node);
            if (number.isEmpty()) {
                fail(field, false, "must be 10 digits");
                return null;
            }
            text = Long.toString(number.get());
        } else {
            text = text(parent, field, false, 40);
            if (text == null) {
                return null;
            }
        }
        String digits = WrittenNationalId.digits(Digits.toAscii(text));
        if (digits == null) {
            fail(field, false, "must be 10 digits");
            return null;
        }
        if (digits.length() == 8 || digits.length() == 9) {
            String padded = "0".repeat(10 - digits.length()) + digits;
            if (NationalId.hasValidCheckDigit(padded)) {
                return padded;
            }
        }
        if (digits.length() != 10) {
            fail(field, false, "must be 10 digits");
            return null;
        }
        return digits;
    }

    private Optional<Long> wholeNumber(JsonNode node) {
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return Optional.of(node.longValue());
        }
        if (node.isFloatingPointNumber()) {
            double value = node.doubleValue();
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? Optional.of((long) value) : Optional.empty();
        }
        if (node.isString()) {
            // 1961.0 as text: a whole number a data tool held as a decimal
            String digits = ZERO_FRACTION.matcher(Digits.toAscii(written(node).strip())).replaceFirst("");
            return WHOLE_NUMBER.matcher(digits).matches() ? Optional.of(Long.parseLong(digits)) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * An instant as ISO-8601 or RFC 3339 writes it: date and time apart by a T or a space (as
     * databases export them), letters in either case, digits in any script, at UTC (Z) or at an
     * offset. A time without a zone is no instant (Tehran is UTC+03:30): refused.
     */
    Instant instant(JsonNode parent, String field) {
        JsonNode number = parent.get(field);
        if (number != null && number.isNumber()) {
            return sinceEpoch(number, field);
        }
        String written = text(parent, field, true, 40);
        if (written == null) {
            return null;
        }
        try {
            return localTimes == null ? WrittenInstant.read(written) : WrittenInstant.read(written, localTimes);
        } catch (DateTimeParseException e) {
            fail(field, true, WrittenInstant.refusal(written));
            return null;
        }
    }

    /**
     * An instant as a JSON number, as databases and scripts export one: seconds since 1970, or
     * milliseconds (told apart by size: from 2001 to 2286, seconds have ten digits and
     * milliseconds thirteen).
     */
    private Instant sinceEpoch(JsonNode number, String field) {
        if (number.isIntegralNumber() && number.canConvertToLong()) {
            long value = number.longValue();
            if (value >= 1_000_000_000L && value < 10_000_000_000L) {
                return Instant.ofEpochSecond(value);
            }
            if (value >= 1_000_000_000_000L && value < 10_000_000_000_000L) {
                return Instant.ofEpochMilli(value);
            }
        }
        fail(field, true, "must be an ISO-8601 UTC instant such as 2026-01-14T09:00:00Z, or seconds or milliseconds since 1970");
        return null;
    }

    /**
     * A required value by its wire name or a word lists use for it (an organisation, with the
     * branch it says too; a channel; an urgency: {@link ListWords}); a failure lists the wire
     * names of {@code type}.
     */
    <T, E extends Enum<E> & WireEnum> T named(JsonNode parent, String field, Function<String, Optional<T>> read, Class<E> type) {
        String text = text(parent, field, true, 100);
        if (text == null) {
            return null;
        }
        Optional<T> value = read.apply(text);
        if (value.isEmpty()) {
            fail(field, true, "must be one of " + WireEnum.allowed(type));
            return null;
        }
        return value.get();
    }

    void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new InvalidRegistrationException(violations);
        }
    }
}
