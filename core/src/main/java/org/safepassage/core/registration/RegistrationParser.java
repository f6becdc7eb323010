package org.safepassage.core.registration;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safepassage.core.json.Json;
import org.safepassage.core.registration.InvalidRegistrationException.Violation;
import org.safepassage.core.text.Digits;
import org.safepassage.core.text.DisplaySafeText;
import org.safepassage.core.text.Mojibake;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a {@code safepassage.registration/1} document under the schema's reading rules (1.1): a
 * blank string is an absent field; digits may be ASCII, Persian or Arabic-Indic, and integers JSON
 * numbers or digit strings; an optional field that breaks its rule is set aside and reported, and
 * the registration keeps the rest; only a document that is not an object, or whose required fields
 * are missing or broken, is refused, naming every broken rule at once. Unknown fields are ignored.
 * Text comes out without the controls that could make it read differently from what it holds
 * ({@link DisplaySafeText}).
 */
public final class RegistrationParser {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_TEXT_LENGTH = 20_000;
    public static final int MAX_FAMILY_MEMBERS = 30;
    public static final int MAX_ATTACHMENTS = 20;
    public static final int EARLIEST_BIRTH_YEAR = 1900;
    public static final int LATEST_BIRTH_YEAR = 2030;
    public static final int MAX_YEARS_OF_SERVICE = 70;

    private RegistrationParser() {
    }

    /** The registration, with any broken optional field set aside; refused only as the reading rules say. */
    public static Registration parse(String json) {
        return read(json).registration();
    }

    /** Reads UTF-8 bytes strictly: a byte sequence that is not UTF-8 is refused, never replaced. */
    public static Registration parse(byte[] json) {
        return read(json).registration();
    }

    public static Registration parse(JsonNode root) {
        return read(root).registration();
    }

    /**
     * A copy of the object with its top-level fields also under the schema's names (an export's
     * columns read as the parser reads them), for a reader that completes a registration before
     * reading it; a field the copy sets under the schema's name is the one read.
     */
    public static ObjectNode withSchemaNames(ObjectNode root) {
        JsonNode named = FieldNames.TOP.named(root);
        return named == root ? root.deepCopy() : (ObjectNode) named;
    }

    public static RegistrationReading read(String json) {
        return read(parsed(json));
    }

    /**
     * The JSON object a text holds, refused as {@link #read(String)} refuses it (not JSON, not an
     * object): for a reader that completes a registration before reading it.
     */
    public static ObjectNode object(String json) {
        if (!(parsed(json) instanceof ObjectNode object)) {
            throw notAnObject();
        }
        return object;
    }

    private static JsonNode parsed(String json) {
        try {
            return Json.MAPPER.readTree(Json.withoutByteOrderMark(json));
        } catch (JacksonException e) {
            throw new InvalidRegistrationException(List.of(new Violation("(document)", "not valid JSON: " + e.getOriginalMessage())));
        }
    }

    private static InvalidRegistrationException notAnObject() {
        return new InvalidRegistrationException(List.of(new Violation("(document)", "must be a JSON object")));
    }

    public static RegistrationReading read(byte[] json) {
        try {
            return read(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(json)).toString());
        } catch (CharacterCodingException e) {
            throw new InvalidRegistrationException(List.of(new Violation("(document)", "not valid UTF-8")));
        }
    }

    public static RegistrationReading read(JsonNode root) {
        Fields fields = new Fields();
        if (root == null || !root.isObject()) {
            throw notAnObject();
        }
        root = FieldNames.TOP.named(root);
        String schema = fields.text(root, "schema", true, 100);
        if (schema != null && !Registration.SCHEMA.equals(schema)) {
            fields.fail("schema", true, "must be exactly " + Registration.SCHEMA);
        }
        String id = fields.identifier(root, "id");
        Instant receivedAt = fields.instant(root, "receivedAt");
        Channel channel = fields.named(root, "channel", Channel::read, Channel.class);
        String language = fields.text(root, "language", true, 35);
        if (language != null) {
            String written = language;
            language = LANGUAGE_NAMES.read(written).or(() -> LANGUAGE_NAMES.soleWithin(written))
                    .orElse(language.toLowerCase(Locale.ROOT).replace('_', '-'));
            if (!LANGUAGE_TAG.matcher(language).matches()) {
                fields.fail("language", true, "must be a language tag such as fa or en");
                language = null;
            }
        }
        Person person = person(fields, FieldNames.PERSON.within(root, "person"));
        Service service = service(fields, FieldNames.SERVICE.within(root, "service"));
        FieldNames.TOP.addIgnored(root, "", fields.ignored, root.has("person") ? FieldNames.NONE : FieldNames.PERSON,
                root.has("service") ? FieldNames.NONE : FieldNames.SERVICE);
        List<FamilyMember> family = family(fields, root.get("family"));
        String access = fields.text(root, "access", false, MAX_TEXT_LENGTH);
        String narrative = fields.text(root, "narrative", false, MAX_TEXT_LENGTH);
        Urgency urgency = fields.named(root, "urgency", Urgency::read, Urgency.class);
        List<AttachmentRef> attachments = attachments(fields, root.get("attachments"));
        fields.throwIfAny();
        return new RegistrationReading(new Registration(schema, id, receivedAt, channel, language, person, service, family,
                access, narrative, urgency, attachments), fields.setAside, fields.ignored);
    }

    private static Person person(Fields fields, JsonNode node) {
        if (fields.isAbsent(node)) {
            return Person.ANONYMOUS;
        }
        if (!node.isObject()) {
            fields.fail("person", false, "must be an object");
            return Person.ANONYMOUS;
        }
        FieldNames.PERSON.addIgnored(node, "person.", fields.ignored);
        fields.enter("person");
        Person person = new Person(
                fields.text(node, "givenName", false, MAX_NAME_LENGTH),
                fields.text(node, "familyName", false, MAX_NAME_LENGTH),
                fields.text(node, "fatherName", false, MAX_NAME_LENGTH),
                fields.birthYear(node, "birthYear"),
                fields.text(node, "birthPlace", false, MAX_NAME_LENGTH),
                fields.nationalId(node, "nationalId"));
        fields.leave();
        return person;
    }

    private static Service service(Fields fields, JsonNode node) {
        if (fields.isAbsent(node) || !node.isObject()) {
            fields.fail("service", true, "is required: an object with at least the organization");
            return null;
        }
        FieldNames.SERVICE.addIgnored(node, "service.", fields.ignored);
        fields.enter("service");
        // IRGC Navy, وزارت دفاع: an organisation named within a longer name says the branch too
        Organization.Named organization = fields.named(node, "organization", Organization::named, Organization.class);
        String branch = fields.text(node, "branch", false, MAX_NAME_LENGTH);
        Service service = new Service(
                organization == null ? null : organization.organization(),
                branch != null || organization == null ? branch : organization.branch(),
                fields.text(node, "unit", false, MAX_NAME_LENGTH),
                fields.text(node, "rank", false, MAX_NAME_LENGTH),
                fields.text(node, "position", false, MAX_NAME_LENGTH),
                fields.years(node, "yearsOfService", MAX_YEARS_OF_SERVICE),
                fields.text(node, "province", false, MAX_NAME_LENGTH));
        fields.leave();
        return service;
    }

    private static List<FamilyMember> family(Fields fields, JsonNode node) {
        List<FamilyMember> family = new ArrayList<>();
        if (fields.isAbsent(node)) {
            return family;
        }
        if (node.isObject()) {
            // one member as an object of its own, not in an array: how XML-to-JSON converters write a list of one
            node = Json.MAPPER.createArrayNode().add(node);
        }
        if (!node.isArray() || node.size() > MAX_FAMILY_MEMBERS) {
            fields.fail("family", false, "must be an array of at most " + MAX_FAMILY_MEMBERS + " members");
            return family;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode member = FieldNames.FAMILY_MEMBER.named(node.get(i));
            FieldNames.FAMILY_MEMBER.addIgnored(member, "family[].", fields.ignored);
            fields.enter("family[" + i + "]");
            if (member.isObject()) {
                // a member without a relation we can read is set aside whole; a broken birth year alone
                String said = fields.text(member, "relation", false, 40);
                Optional<Relation> relation = said == null ? Optional.empty() : Relation.read(said);
                if (relation.isPresent()) {
                    family.add(new FamilyMember(relation.get(), fields.birthYear(member, "birthYear")));
                } else {
                    fields.fail("relation", false, (said == null ? "is missing" : "must be one of " + WireEnum.allowed(Relation.class))
                            + ": the member is left out");
                }
            } else if (!fields.isAbsent(member)) {
                fields.fail("", false, "must be an object with a relation");
            }
            fields.leave();
        }
        return family;
    }

    private static List<AttachmentRef> attachments(Fields fields, JsonNode node) {
        List<AttachmentRef> attachments = new ArrayList<>();
        if (fields.isAbsent(node)) {
            return attachments;
        }
        if (!node.isArray() || node.size() > MAX_ATTACHMENTS) {
            fields.fail("attachments", false, "must be an array of at most " + MAX_ATTACHMENTS + " references");
            return attachments;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode ref = node.get(i);
            fields.enter("attachments[" + i + "]");
            if (ref.isObject()) {
                // a reference is whole or set aside: its parts are required of it
                Fields own = new Fields();
                own.prefix = fields.prefix;
                Integer size = own.integer(ref, "size", 0, Integer.MAX_VALUE, false);
                String envelope = own.text(ref, "envelope", true, 80);
                String name = own.text(ref, "name", true, 255);
                String sha256 = own.text(ref, "sha256", true, 64);
                if (own.violations.isEmpty()) {
                    attachments.add(new AttachmentRef(envelope, DisplaySafeText.fileName(name), size == null ? 0 : size, sha256));
                } else {
                    own.violations.forEach(v -> fields.setAside.add(v));
                }
            } else {
                fields.fail("", false, "must be an object");
            }
            fields.leave();
        }
        return attachments;
    }

    /**
     * Reads typed fields under the current path and collects broken rules instead of stopping at the
     * first: a required field's refuse the document, an optional field's set the field aside.
     */
    private static final class Fields {
        private final List<Violation> violations = new ArrayList<>();
        private final List<Violation> setAside = new ArrayList<>();
        /** The unknown fields left out, by path (person.nickname). */
        private final List<String> ignored = new ArrayList<>();
        private String prefix = "";

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
            if (value.isEmpty() && node.isString()) {
                Matcher written = YEARS_WITH_UNIT.matcher(Digits.toAscii(written(node).strip()));
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
         * words a free field puts before it (متولد ۱۳۶۰, born 1981, DOB: 03.08.1961).
         */
        Integer birthYear(JsonNode parent, String field) {
            JsonNode node = parent.get(field);
            if (isBlank(node)) {
                return null;
            }
            Optional<Long> written = wholeNumber(node);
            if (written.isEmpty() && node.isString()) {
                String text = Digits.toAscii(written(node).strip());
                written = yearOf(text).or(() -> {
                    // a label before it, as a free field gets one: متولد ۱۳۶۰, born 1981, DOB: 03.08.1961
                    Matcher labelled = LABELLED_BIRTH.matcher(text);
                    return labelled.matches() ? yearOf(labelled.group(1).strip()) : Optional.empty();
                });
            }
            Optional<Integer> year = written.filter(n -> n >= 0 && n <= 9999).flatMap(n -> BirthYear.gregorian(n.intValue()));
            if (year.isEmpty()) {
                fail(field, false, "must be a year from " + EARLIEST_BIRTH_YEAR + " to " + LATEST_BIRTH_YEAR
                        + " (or " + BirthYear.EARLIEST_SOLAR_HIJRI + " to " + BirthYear.LATEST_SOLAR_HIJRI + " Solar Hijri)");
                return null;
            }
            return year.get();
        }

        /** A year as digits alone, as a date, or with its calendar's word; ASCII digits already. */
        private static Optional<Long> yearOf(String text) {
            return (WHOLE_NUMBER.matcher(text).matches() ? Optional.of(Long.parseLong(text)) : Optional.<Long>empty())
                    .or(() -> yearOfDate(text)).or(() -> yearOfCalendar(text));
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
            String digits = soleNumber(ID_SEPARATORS.matcher(Digits.toAscii(text)).replaceAll(""));
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

        /** The one run of ASCII digits in the text, a fraction of zeros after it left out; null when there is none or more than one. */
        private static String soleNumber(String text) {
            Matcher runs = DIGIT_RUN.matcher(ZERO_FRACTION.matcher(text).replaceFirst(""));
            if (!runs.find()) {
                return null;
            }
            String number = runs.group();
            return runs.find() ? null : number;
        }

        /**
         * The year of a date written with its year first (1340/05/12, 1961-08-03, also with a time
         * after it, as a database exports a date) or last (12/05/1340, 03.08.1961 or the American
         * 08/03/1961); only when the other two parts can be a month and a day.
         */
        private static Optional<Long> yearOfDate(String text) {
            Matcher yearFirst = DATE_YEAR_FIRST.matcher(text);
            if (yearFirst.matches() && isMonth(yearFirst.group(3)) && isDay(yearFirst.group(4))) {
                return Optional.of(Long.parseLong(yearFirst.group(1)));
            }
            Matcher yearLast = DATE_YEAR_LAST.matcher(text);
            if (yearLast.matches() && isDay(yearLast.group(1)) && isDay(yearLast.group(3))
                    && (isMonth(yearLast.group(1)) || isMonth(yearLast.group(3)))) {
                return Optional.of(Long.parseLong(yearLast.group(4)));
            }
            return Optional.empty();
        }

        /**
         * A year with the word for its calendar after it, as Persian writes one: ۱۳۴۰ ه.ش, 1340
         * شمسی, 1961 میلادی, 1961 AD; only when the year is one of that calendar's birth years. A
         * lunar Hijri year (۱۴۰۰ ق) is not read: its years overlap the Solar Hijri ones.
         */
        private static Optional<Long> yearOfCalendar(String text) {
            Matcher marked = YEAR_THEN_WORDS.matcher(text);
            if (!marked.matches()) {
                return Optional.empty();
            }
            long year = Long.parseLong(marked.group(1));
            String calendar = CALENDAR_WORD_NOISE.matcher(marked.group(2).toLowerCase(Locale.ROOT)).replaceAll("");
            boolean solarHijri = SOLAR_HIJRI_WORDS.contains(calendar)
                    && year >= BirthYear.EARLIEST_SOLAR_HIJRI && year <= BirthYear.LATEST_SOLAR_HIJRI;
            boolean gregorian = GREGORIAN_WORDS.contains(calendar) && year >= EARLIEST_BIRTH_YEAR && year <= LATEST_BIRTH_YEAR;
            return solarHijri || gregorian ? Optional.of(year) : Optional.empty();
        }

        private static boolean isMonth(String digits) {
            int month = Integer.parseInt(digits);
            return month >= 1 && month <= 12;
        }

        private static boolean isDay(String digits) {
            int day = Integer.parseInt(digits);
            return day >= 1 && day <= 31;
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
                if (CANONICAL_INSTANT.matcher(written).matches()) {
                    return Instant.parse(written); // what the intake writes: the quick way
                }
                String text = DATE_AND_TIME_APART.matcher(Digits.toAscii(written).toUpperCase(Locale.ROOT)).replaceFirst("$1T$2");
                text = UTC_BY_NAME.matcher(ZONE_APART.matcher(text).replaceFirst("")).replaceFirst("Z");
                return ISO_AT_ANY_OFFSET.parse(text, OffsetDateTime::from).toInstant();
            } catch (DateTimeParseException e) {
                try {
                    // as mail and the web write a time: Wed, 14 Jan 2026 09:00:00 GMT
                    return OffsetDateTime.parse(written, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                } catch (DateTimeParseException again) {
                    fail(field, true, "must be an ISO-8601 UTC instant such as 2026-01-14T09:00:00Z");
                    return null;
                }
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

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,15}");
    /** What a national ID is written with between its digits: spaces, dashes, joiners and direction marks. */
    private static final Pattern ID_SEPARATORS = Pattern.compile("[\\s\\-\u200c\u200f\u200e]");
    private static final Pattern DIGIT_RUN = Pattern.compile("[0-9]+");
    /**
     * 1234567891.0: a number with a fraction of zeros, as a data tool writes a whole number it holds
     * as a decimal (after a dot or the Persian decimal mark ٫; digits already ASCII).
     */
    private static final Pattern ZERO_FRACTION = Pattern.compile("(?<=[0-9])[.\u066B]0+(?![0-9])");
    /** A number of years and its unit: 31 years, 31 yrs, ۳۱ سال (digits already ASCII). */
    private static final Pattern YEARS_WITH_UNIT = Pattern.compile("(\\d{1,3})\\s*(?:years?|yrs?\\.?|y|سال)", Pattern.CASE_INSENSITIVE);
    /** A date with its year first: 1340/05/12, 1961-08-03, 1961-08-03T00:00:00Z. */
    private static final Pattern DATE_YEAR_FIRST = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?:[T ].*)?");
    /** Four digits and words after them: a year and, perhaps, its calendar. */
    private static final Pattern YEAR_THEN_WORDS = Pattern.compile("(\\d{4})\\s*(\\D+)");
    /** What the word for a calendar is written with besides its letters: spaces, dots, joiners, tatweel (هـ.ش, ه‍.ش). */
    private static final Pattern CALENDAR_WORD_NOISE = Pattern.compile("[\\s.\u200c\u200d\u0640]");
    private static final Set<String> SOLAR_HIJRI_WORDS = Set.of("هش", "ش", "شمسی", "هجریشمسی", "خورشیدی",
            "sh", "ap", "solarhijri");
    private static final Set<String> GREGORIAN_WORDS = Set.of("م", "میلادی", "ad", "ce");
    /**
     * A birth year or date after the words a free field puts before it (متولد, سال تولد, تاریخ تولد,
     * born, b., DOB, year of birth), a colon or dash perhaps between.
     */
    private static final Pattern LABELLED_BIRTH = Pattern.compile("(?:متولد|سال[\\s\u200c]*تولد|تاریخ[\\s\u200c]*تولد|تولد"
            + "|born(?:\\s+in)?|b\\.|dob|d\\.o\\.b\\.|year\\s+of\\s+birth|birth\\s+year|date\\s+of\\s+birth)\\s*[:\\-]?\\s*(.+)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A date with its year last: 12/05/1340, 03.08.1961, 08/03/1961. */
    private static final Pattern DATE_YEAR_LAST = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})");
    /**
     * A date and time at an offset written any way ISO 8601 allows: Z, +03:30, +0330 (the basic
     * form, as strftime's %z writes it) or +03; seconds and their fraction optional.
     */
    private static final DateTimeFormatter ISO_AT_ANY_OFFSET = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).appendPattern("[XXX][XX][X]").toFormatter(Locale.ROOT);
    /** An instant as the intake writes it, at UTC to the second. */
    private static final Pattern CANONICAL_INSTANT = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z");
    /** Spaces between a time and its zone: 09:00:00 +03:30, 09:00:00 Z. */
    private static final Pattern ZONE_APART = Pattern.compile("(?<=[0-9])\\s+(?=([+-][0-9]{2}(:?[0-9]{2})?|Z)$)");
    /** UTC or GMT by name after the time (already upper case): the zero offset. */
    private static final Pattern UTC_BY_NAME = Pattern.compile("(?<=[0-9])\\s*(UTC|GMT)$");
    /** A date, one space, a time: RFC 3339's readable form of 2026-01-14T09:00:00Z. */
    private static final Pattern DATE_AND_TIME_APART = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:)");
    /**
     * A language named rather than tagged, as lists write it: its tag. Iran's languages and its
     * neighbours' by their English and Persian names (ترکی, as Iran says it, is Azerbaijani; Turkish
     * is Turkey's), and the three-letter codes whose tag has two (fas, per: fa).
     */
    private static final ListWords<String> LANGUAGE_NAMES = new ListWords<String>()
            .add("fa", "persian", "farsi", "فارسی", "parsi", "پارسی", "fas", "per")
            .add("en", "english", "انگلیسی", "eng")
            .add("az", "azerbaijani", "azeri", "آذری", "ترکی", "ترکی آذربایجانی", "ترکی آذری", "torki", "aze")
            .add("ku", "kurdish", "کردی", "kurdi", "kur")
            .add("ckb", "sorani", "سورانی")
            .add("kmr", "kurmanji", "کرمانجی")
            .add("ar", "arabic", "عربی", "ara")
            .add("bal", "balochi", "baluchi", "بلوچی")
            .add("glk", "gilaki", "گیلکی")
            .add("mzn", "mazandarani", "مازندرانی")
            .add("lrc", "luri", "lori", "لری")
            .add("tk", "turkmen", "ترکمنی")
            .add("hy", "armenian", "ارمنی")
            .add("tr", "turkish")
            .add("ps", "pashto", "پشتو");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{1,8})*");
}
