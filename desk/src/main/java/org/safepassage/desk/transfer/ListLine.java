package org.safepassage.desk.transfer;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.safepassage.core.json.Json;
import org.safepassage.core.registration.Channel;
import org.safepassage.core.registration.Registration;
import org.safepassage.core.registration.RegistrationParser;
import org.safepassage.core.registration.RegistrationReading;
import org.safepassage.vetting.run.RegistrationLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How a line of a partner's list becomes the registration the desk keeps: read under the reading
 * rules as {@code vet} reads it, completed with what the desk knows of a list when the line leaves
 * it blank (the schema; the channel {@code import}; the urgency the operator gave, if any; the
 * zone of its local times, if the operator gave one), and
 * named by the list's name and the line's own id, which the document keeps as {@value #LIST_ID_FIELD}.
 */
final class ListLine {

    /** Where the desk keeps a list line's own id in the stored document (an unknown field, kept and ignored). */
    private static final String LIST_ID_FIELD = "listId";
    /** A line's id kept as it is in the desk's id; any other is named by its hash. */
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9._-]{1,56}");

    private final String list;
    private final ListTerms terms;

    /** Lines of the list of this name; the {@code terms} fill in what a line leaves unsaid. */
    ListLine(String list, ListTerms terms) {
        this.list = list;
        this.terms = terms;
    }

    /** A line read: as the reading rules take it, and the document the desk would store (null when it is not a registration). */
    record Read(RegistrationLine line, String document) {
    }

    /**
     * The line's bytes read once, under the desk's id for it; the document keeps the line's own id
     * beside. A blank line is read as null.
     */
    Read read(byte[] bytes) {
        String[] document = new String[1];
        RegistrationLine line = RegistrationLine.of(bytes, text -> {
            ObjectNode completed = completed(text);
            RegistrationReading reading = RegistrationParser.read(completed, terms.localTimes());
            Registration listed = reading.registration();
            String deskId = deskId(list, listed.id());
            completed.put("id", deskId);
            completed.put(LIST_ID_FIELD, listed.id());
            if (terms.localTimes() != null) {
                // the document is read again without the list's terms: it keeps the instant its local time was read as
                completed.put("receivedAt", listed.receivedAt().toString());
            }
            document[0] = Json.MAPPER.writeValueAsString(completed);
            return new RegistrationReading(listed.received(deskId, listed.receivedAt(), listed.attachments()), reading.setAside(),
                    reading.ignoredFields());
        });
        return new Read(line, document[0]);
    }

    /** The line's object completed with what the desk knows of a list. Throws as the parser does when it is not a registration. */
    private ObjectNode completed(String text) {
        ObjectNode completed = RegistrationParser.withSchemaNames(RegistrationParser.object(text));
        fillWhenBlank(completed, "schema", Registration.SCHEMA);
        fillWhenBlank(completed, "channel", Channel.IMPORT.wireName());
        if (terms.urgency() != null) {
            fillWhenBlank(completed, "urgency", terms.urgency().wireName());
        }
        return completed;
    }

    private static void fillWhenBlank(ObjectNode registration, String field, String value) {
        JsonNode given = registration.get(field);
        if (given == null || given.isNull() || given.isString() && given.asString().isBlank()) {
            registration.put(field, value);
        }
    }

    /** The desk's id of a list's line: the list's name and the line's id, or its hash when the id is not plain. */
    static String deskId(String list, String listId) {
        if (PLAIN_ID.matcher(listId).matches()) {
            return list + "-" + listId;
        }
        return list + "-h" + HexFormat.of().formatHex(PartnerListImport.sha256().digest(listId.getBytes(StandardCharsets.UTF_8)))
                .substring(0, 32);
    }

    /** The line's own id, as the stored document keeps it; null for none. */
    static String listIdOf(String document) {
        return document == null ? null : Json.MAPPER.readTree(document).path(LIST_ID_FIELD).asString(null);
    }

    /** A thread of its own for a list's registration: 64 hex characters, as the intake's tags, and no reply key. */
    static String threadOf(String deskId) {
        return HexFormat.of().formatHex(PartnerListImport.sha256().digest(("partner list\n" + deskId).getBytes(StandardCharsets.UTF_8)));
    }
}
