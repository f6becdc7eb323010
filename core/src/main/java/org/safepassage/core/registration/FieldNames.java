package org.safepassage.core.registration;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema's field names as exports write them, for one kind of object (the registration, its
 * person, its service, a family member): the same name in another letter case or with separators
 * ({@code given_name}, {@code GivenName}, {@code Given Name}, as spreadsheets and databases name
 * columns), and the names lists commonly give the same field ({@code firstName}, {@code surname},
 * {@code nationalCode}, {@code dateOfBirth}, {@code کد ملی}). Such a field is read under the
 * schema's name when the schema's own key is absent; the schema's own key always wins, and a name
 * that is no field's stays an unknown field, ignored.
 */
final class FieldNames {

    /** A person's or a family member's birth year, or their date of birth (its year is read). */
    private static final String[] BIRTH_YEAR_NAMES = {"yearOfBirth", "dateOfBirth", "birthDate", "dob", "سال تولد", "تاریخ تولد"};

    /**
     * A script or language a bilingual list names a column with (first_name_fa, first_name_en,
     * Persian Name, نام (انگلیسی)), as folded names hold it; the longest first.
     */
    private static final List<String> SCRIPTS = Stream.of("fa", "farsi", "persian", "فارسی", "بهفارسی", "infarsi", "inpersian",
            "en", "eng", "english", "انگلیسی", "بهانگلیسی", "inenglish", "latin", "لاتین", "بهلاتین", "inlatin")
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    /** No field at all: for a level whose fields another kind does not read. */
    static final FieldNames NONE = new FieldNames();

    static final FieldNames TOP = new FieldNames("schema", "id", "receivedAt", "channel", "language", "person", "service",
            "family", "access", "narrative", "urgency", "attachments");

    static final FieldNames PERSON = new FieldNames("givenName", "familyName", "fatherName", "birthYear", "birthPlace", "nationalId")
            // the whole name in one column is read as the given name's field holding it (a whole name in one field)
            .alias("givenName", "firstName", "forename", "نام", "نام کوچک", "name", "fullName", "نام کامل", "نام و نام خانوادگی")
            .alias("familyName", "lastName", "surname", "نام خانوادگی", "فامیلی")
            .alias("fatherName", "fathersName", "father", "نام پدر")
            .alias("birthYear", BIRTH_YEAR_NAMES)
            .alias("birthPlace", "placeOfBirth", "محل تولد")
            .alias("nationalId", "nationalCode", "nationalNumber", "nationalIdNumber", "codeMelli", "کد ملی", "شماره ملی");

    static final FieldNames SERVICE = new FieldNames("organization", "branch", "unit", "rank", "position", "yearsOfService", "province")
            .alias("organization", "organisation", "سازمان")
            .alias("unit", "یگان")
            .alias("rank", "درجه")
            .alias("position", "jobTitle", "سمت")
            .alias("yearsOfService", "serviceYears", "yearsInService", "سابقه خدمت", "سنوات خدمت")
            .alias("province", "استان");

    static final FieldNames FAMILY_MEMBER = new FieldNames("relation", "birthYear")
            .alias("relation", "relationship", "نسبت")
            .alias("birthYear", BIRTH_YEAR_NAMES);

    private final Set<String> schemaNames;
    private final Map<String, String> byFoldedName = new HashMap<>();

    private FieldNames(String... schemaNames) {
        this.schemaNames = Set.of(schemaNames);
        for (String name : schemaNames) {
            byFoldedName.put(fold(name), name);
        }
    }

    private FieldNames alias(String schemaName, String... names) {
        for (String name : names) {
            if (byFoldedName.put(fold(name), schemaName) != null) {
                throw new IllegalStateException("a name given twice: " + name);
            }
        }
        return this;
    }

    /**
     * The object with its fields under the schema's names: itself when every name is the schema's
     * (the common case, no copy), otherwise a copy with the others renamed. Anything else is
     * returned as it is, for the reader to judge.
     */
    JsonNode named(JsonNode node) {
        if (!(node instanceof ObjectNode object) || allSchemaNames(object)) {
            return node;
        }
        ObjectNode named = object.deepCopy();
        Set<String> fromOneScript = new HashSet<>();
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            if (!schemaNames.contains(field.getKey())) {
                put(named, field.getKey(), field.getValue(), fromOneScript);
            }
        }
        return named;
    }

    /**
     * Sets the field an export's column names, unless the object already has it (blank is absent:
     * a template's empty column under the schema's own name does not hide a filled one): the
     * schema's own name and a name lists give it come before a name with its script (first_name_fa,
     * first_name_en, نام (انگلیسی)); of two such for one field, bilingual lists' two columns, the
     * one in Persian letters is read, as a name written in both scripts in one field is. The other
     * is then read too, as the same name: not an unknown field.
     */
    private void put(ObjectNode named, String written, JsonNode value, Set<String> fromOneScript) {
        String folded = fold(written);
        String schemaName = byFoldedName.get(folded);
        boolean oneScript = schemaName == null;
        if (oneScript) {
            schemaName = withScript(folded);
        }
        if (schemaName == null) {
            return;
        }
        if (isBlank(named.get(schemaName))) {
            // blank is absent: a template's empty column of the schema's own name does not hide a filled one
            named.set(schemaName, value);
            if (oneScript) {
                fromOneScript.add(schemaName);
            }
        } else if (oneScript ? fromOneScript.contains(schemaName) && inPersianLetters(value) && !inPersianLetters(named.get(schemaName))
                : fromOneScript.remove(schemaName)) {
            named.set(schemaName, value);
        }
    }

    /** The schema's name of a column named with its script or language before or after (first_name_fa, نام فارسی), or null. */
    private String withScript(String folded) {
        for (String script : SCRIPTS) {
            if (folded.length() > script.length()) {
                String name = folded.endsWith(script) ? byFoldedName.get(folded.substring(0, folded.length() - script.length()))
                        : folded.startsWith(script) ? byFoldedName.get(folded.substring(script.length())) : null;
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    private static boolean isBlank(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode() || value.isString() && value.stringValue().isBlank();
    }

    private static boolean inPersianLetters(JsonNode value) {
        return value != null && value.isString() && value.stringValue().chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF && Character.isLetter(c));
    }

    /**
     * Adds to {@code ignored} the names of the object's fields that no field of this kind reads,
     * nor of {@code alsoRead} (the kinds a flat export's fields at this level were read as), each
     * after {@code path}: what reading left out as unknown fields, for the reader to report.
     */
    void addIgnored(JsonNode node, String path, List<String> ignored, FieldNames... alsoRead) {
        if (!(node instanceof ObjectNode object) || allSchemaNames(object)) {
            return;
        }
        for (String name : object.propertyNames()) {
            if (!knows(name) && Arrays.stream(alsoRead).noneMatch(kind -> kind.knows(name))) {
                ignored.add(path + name);
            }
        }
    }

    private boolean knows(String name) {
        if (schemaNames.contains(name)) {
            return true;
        }
        String folded = fold(name);
        return byFoldedName.containsKey(folded) || withScript(folded) != null;
    }

    private boolean allSchemaNames(ObjectNode object) {
        for (String name : object.propertyNames()) {
            if (!schemaNames.contains(name)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The object the registration gives under {@code field}; when it gives none, the fields of
     * this kind a flat export wrote beside the registration's own (a person's given name at the
     * top level), as one object; null when there are none either.
     */
    JsonNode within(JsonNode top, String field) {
        JsonNode given = top.get(field);
        if (given != null) {
            return named(given);
        }
        ObjectNode gathered = ((ObjectNode) top).objectNode();
        Set<String> fromOneScript = new HashSet<>();
        for (Map.Entry<String, JsonNode> written : top.properties()) {
            if (schemaNames.contains(written.getKey())) {
                gathered.set(written.getKey(), written.getValue()); // the schema's own name always wins
                fromOneScript.remove(written.getKey());
            }
        }
        for (Map.Entry<String, JsonNode> written : top.properties()) {
            if (!schemaNames.contains(written.getKey())) {
                put(gathered, written.getKey(), written.getValue(), fromOneScript);
            }
        }
        return gathered.isEmpty() ? null : gathered;
    }

    /**
     * A name as compared: folded as lists' words are ({@link ListWords#key}: any letter case, Arabic
     * letter forms as Persian, dots dropped), and with no separators at all, so that given_name,
     * Given Name, Father's Name and نام‌پدر read as givenname, fathersname and نامپدر.
     */
    private static String fold(String name) {
        return ListWords.key(name).replace(" ", "");
    }
}
