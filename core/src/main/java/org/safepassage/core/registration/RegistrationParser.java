package org.safepassage.core.registration;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.safepassage.core.json.Json;
import org.safepassage.core.registration.InvalidRegistrationException.Violation;
import org.safepassage.core.text.DisplaySafeText;
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
    /** How the refusal of a time of arrival written without a zone begins, for a reader that tells how to bring such lines in. */
    public static final String NO_TIME_ZONE = "has no time zone";

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
     * As {@link #read(String)}, a time of arrival written without a zone (a database's local date and
     * time, as a partner's export writes it) read at {@code localTimes}, the zone its sender said the
     * list's times are at; null to refuse such a time, as the schema does.
     */
    public static RegistrationReading read(String json, ZoneId localTimes) {
        return read(parsed(json), localTimes);
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
        return read(root, null);
    }

    /** As {@link #read(String, ZoneId)}. */
    public static RegistrationReading read(JsonNode root, ZoneId localTimes) {
        FieldReader fields = new FieldReader(localTimes);
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
            Optional<String> tag = WrittenLanguage.tag(language);
            if (tag.isEmpty()) {
                fields.fail("language", true, "must be a language tag such as fa or en");
            }
            language = tag.orElse(null);
        }
        Person person = person(fields, FieldNames.PERSON.within(root, "person"));
        Service service = service(fields, FieldNames.SERVICE.within(root, "service"));
        FieldNames.TOP.addIgnored(root, "", fields.ignored(), root.has("person") ? FieldNames.NONE : FieldNames.PERSON,
                root.has("service") ? FieldNames.NONE : FieldNames.SERVICE);
        List<FamilyMember> family = family(fields, root.get("family"));
        String access = fields.text(root, "access", false, MAX_TEXT_LENGTH);
        String narrative = fields.text(root, "narrative", false, MAX_TEXT_LENGTH);
        Urgency urgency = fields.named(root, "urgency", Urgency::read, Urgency.class);
        List<AttachmentRef> attachments = attachments(fields, root.get("attachments"));
        fields.throwIfAny();
        return new RegistrationReading(new Registration(schema, id, receivedAt, channel, language, person, service, family,
                access, narrative, urgency, attachments), fields.setAside(), fields.ignored());
    }

    private static Person person(FieldReader fields, JsonNode node) {
        if (fields.isAbsent(node)) {
            return Person.ANONYMOUS;
        }
        if (!node.isObject()) {
            fields.fail("person", false, "must be an object");
            return Person.ANONYMOUS;
        }
        FieldNames.PERSON.addIgnored(node, "person.", fields.ignored());
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

    private static Service service(FieldReader fields, JsonNode node) {
        if (fields.isAbsent(node) || !node.isObject()) {
            fields.fail("service", true, "is required: an object with at least the organization");
            return null;
        }
        FieldNames.SERVICE.addIgnored(node, "service.", fields.ignored());
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

    private static List<FamilyMember> family(FieldReader fields, JsonNode node) {
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
            FieldNames.FAMILY_MEMBER.addIgnored(member, "family[].", fields.ignored());
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

    private static List<AttachmentRef> attachments(FieldReader fields, JsonNode node) {
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
                FieldReader own = fields.atSamePath();
                Integer size = own.integer(ref, "size", 0, Integer.MAX_VALUE, false);
                String envelope = own.text(ref, "envelope", true, 80);
                String name = own.text(ref, "name", true, 255);
                String sha256 = own.text(ref, "sha256", true, 64);
                if (own.violations().isEmpty()) {
                    attachments.add(new AttachmentRef(envelope, DisplaySafeText.fileName(name), size == null ? 0 : size, sha256));
                } else {
                    fields.setAside().addAll(own.violations());
                }
            } else {
                fields.fail("", false, "must be an object");
            }
            fields.leave();
        }
        return attachments;
    }
}
