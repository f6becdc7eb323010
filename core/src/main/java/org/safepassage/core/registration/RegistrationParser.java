package org.safepassage.core.registration;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.safepassage.core.json.Json;
import org.safepassage.core.registration.InvalidRegistrationException.Violation;
import org.safepassage.core.text.DisplaySafeText;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads and validates a {@code safepassage.registration/1} document. Unknown fields are ignored;
 * every broken rule is collected so the error names all of them at once. Text comes out without
 * the controls that could make it read differently from what it holds ({@link DisplaySafeText}).
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

    public static Registration parse(String json) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidRegistrationException(List.of(new Violation("(document)", "not valid JSON: " + e.getOriginalMessage())));
        }
        return parse(root);
    }

    /** Reads UTF-8 bytes strictly: a byte sequence that is not UTF-8 is refused, never replaced. */
    public static Registration parse(byte[] json) {
        try {
            return parse(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(json)).toString());
        } catch (CharacterCodingException e) {
            throw new InvalidRegistrationException(List.of(new Violation("(document)", "not valid UTF-8")));
        }
    }

    public static Registration parse(JsonNode root) {
        Fields fields = new Fields();
        if (root == null || !root.isObject()) {
            throw new InvalidRegistrationException(List.of(new Violation("(document)", "must be a JSON object")));
        }
        String schema = fields.text(root, "schema", true, 100);
        if (schema != null && !Registration.SCHEMA.equals(schema)) {
            fields.fail("schema", "must be exactly " + Registration.SCHEMA);
        }
        String id = fields.text(root, "id", true, 200);
        Instant receivedAt = fields.instant(root, "receivedAt");
        Channel channel = fields.wireEnum(root, "channel", Channel.class, true);
        String language = fields.text(root, "language", true, 10);
        if (language != null && !language.equals("fa") && !language.equals("en")) {
            fields.fail("language", "must be fa or en");
        }
        Person person = person(fields, root.get("person"));
        Service service = service(fields, root.get("service"));
        List<FamilyMember> family = family(fields, root.get("family"));
        String access = fields.text(root, "access", false, MAX_TEXT_LENGTH);
        String narrative = fields.text(root, "narrative", false, MAX_TEXT_LENGTH);
        Urgency urgency = fields.wireEnum(root, "urgency", Urgency.class, true);
        List<AttachmentRef> attachments = attachments(fields, root.get("attachments"));
        fields.throwIfAny();
        return new Registration(schema, id, receivedAt, channel, language, person, service, family, access, narrative,
                urgency, attachments);
    }

    private static Person person(Fields fields, JsonNode node) {
        if (fields.isAbsent(node)) {
            return Person.ANONYMOUS;
        }
        if (!node.isObject()) {
            fields.fail("person", "must be an object");
            return Person.ANONYMOUS;
        }
        fields.enter("person");
        String nationalId = fields.text(node, "nationalId", false, 20);
        if (nationalId != null && !NationalId.isWellFormed(nationalId)) {
            fields.fail("nationalId", "must be exactly 10 ASCII digits");
        }
        Person person = new Person(
                fields.text(node, "givenName", false, MAX_NAME_LENGTH),
                fields.text(node, "familyName", false, MAX_NAME_LENGTH),
                fields.text(node, "fatherName", false, MAX_NAME_LENGTH),
                fields.integer(node, "birthYear", EARLIEST_BIRTH_YEAR, LATEST_BIRTH_YEAR),
                fields.text(node, "birthPlace", false, MAX_NAME_LENGTH),
                nationalId);
        fields.leave();
        return person;
    }

    private static Service service(Fields fields, JsonNode node) {
        if (fields.isAbsent(node) || !node.isObject()) {
            fields.fail("service", "is required: an object with at least the organization");
            return null;
        }
        fields.enter("service");
        Service service = new Service(
                fields.wireEnum(node, "organization", Organization.class, true),
                fields.text(node, "branch", false, MAX_NAME_LENGTH),
                fields.text(node, "unit", false, MAX_NAME_LENGTH),
                fields.text(node, "rank", false, MAX_NAME_LENGTH),
                fields.text(node, "position", false, MAX_NAME_LENGTH),
                fields.integer(node, "yearsOfService", 0, MAX_YEARS_OF_SERVICE),
                fields.text(node, "province", false, MAX_NAME_LENGTH));
        fields.leave();
        return service;
    }

    private static List<FamilyMember> family(Fields fields, JsonNode node) {
        List<FamilyMember> family = new ArrayList<>();
        if (fields.isAbsent(node)) {
            return family;
        }
        if (!node.isArray() || node.size() > MAX_FAMILY_MEMBERS) {
            fields.fail("family", "must be an array of at most " + MAX_FAMILY_MEMBERS + " members");
            return family;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode member = node.get(i);
            fields.enter("family[" + i + "]");
            if (member.isObject()) {
                family.add(new FamilyMember(fields.wireEnum(member, "relation", Relation.class, true),
                        fields.integer(member, "birthYear", EARLIEST_BIRTH_YEAR, LATEST_BIRTH_YEAR)));
            } else {
                fields.fail("", "must be an object with a relation");
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
            fields.fail("attachments", "must be an array of at most " + MAX_ATTACHMENTS + " references");
            return attachments;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode ref = node.get(i);
            fields.enter("attachments[" + i + "]");
            if (ref.isObject()) {
                Integer size = fields.integer(ref, "size", 0, Integer.MAX_VALUE);
                attachments.add(new AttachmentRef(fields.text(ref, "envelope", true, 80),
                        DisplaySafeText.fileName(fields.text(ref, "name", true, 255)),
                        size == null ? 0 : size, fields.text(ref, "sha256", true, 64)));
            } else {
                fields.fail("", "must be an object");
            }
            fields.leave();
        }
        return attachments;
    }

    /** Reads typed fields under the current path and collects violations instead of stopping at the first. */
    private static final class Fields {
        private final List<Violation> violations = new ArrayList<>();
        private String prefix = "";

        void enter(String path) {
            prefix = path + ".";
        }

        void leave() {
            prefix = "";
        }

        void fail(String field, String rule) {
            String path = field.isEmpty() ? prefix.substring(0, Math.max(0, prefix.length() - 1)) : prefix + field;
            violations.add(new Violation(path, rule));
        }

        boolean isAbsent(JsonNode node) {
            return node == null || node.isNull() || node.isMissingNode();
        }

        String text(JsonNode parent, String field, boolean required, int maxLength) {
            JsonNode node = parent.get(field);
            if (isAbsent(node)) {
                if (required) {
                    fail(field, "is required");
                }
                return null;
            }
            if (!node.isString()) {
                fail(field, "must be a string");
                return null;
            }
            String value = DisplaySafeText.clean(node.stringValue());
            if (value.length() > maxLength) {
                fail(field, "must be at most " + maxLength + " characters");
                return null;
            }
            if (required && value.isBlank()) {
                fail(field, "must not be empty");
                return null;
            }
            return value;
        }

        Integer integer(JsonNode parent, String field, int min, int max) {
            JsonNode node = parent.get(field);
            if (isAbsent(node)) {
                return null;
            }
            if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
                fail(field, "must be a whole number from " + min + " to " + max);
                return null;
            }
            return node.intValue();
        }

        Instant instant(JsonNode parent, String field) {
            String text = text(parent, field, true, 40);
            if (text == null) {
                return null;
            }
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                fail(field, "must be an ISO-8601 UTC instant such as 2026-01-14T09:00:00Z");
                return null;
            }
        }

        <E extends Enum<E> & WireEnum> E wireEnum(JsonNode parent, String field, Class<E> type, boolean required) {
            String text = text(parent, field, required, 40);
            if (text == null) {
                return null;
            }
            Optional<E> value = WireEnum.fromWire(type, text);
            if (value.isEmpty()) {
                fail(field, "must be one of " + WireEnum.allowed(type));
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
}
