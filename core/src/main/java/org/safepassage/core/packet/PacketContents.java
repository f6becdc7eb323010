package org.safepassage.core.packet;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.safepassage.core.envelope.AgeRecipient;
import org.safepassage.core.json.Json;
import org.safepassage.core.registration.Channel;
import org.safepassage.core.registration.Registration;
import org.safepassage.core.registration.RegistrationParser;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a packet seals: {@code {"replyTo": "age1…", "registration": {…}}}, raw-deflated with the
 * {@link PacketDictionary}. The registration is a {@code safepassage.registration/1} record without
 * its id, which the receiving side gives it (the packet's envelope id). {@code replyTo} is the
 * recipient the submitter's receipt rebuilds; the desk seals replies to it, whatever a relay claims.
 */
public final class PacketContents {

    public static final int MAX_PLAINTEXT_BYTES = 256 * 1024;
    private static final Instant EARLIEST_SEALING = Instant.parse("2025-01-01T00:00:00Z");

    private final AgeRecipient replyTo;
    private final ObjectNode registration;

    private PacketContents(AgeRecipient replyTo, ObjectNode registration) {
        this.replyTo = replyTo;
        this.registration = registration;
    }

    public static PacketContents of(AgeRecipient replyTo, ObjectNode registration) {
        return new PacketContents(replyTo, registration.deepCopy());
    }

    public AgeRecipient replyTo() {
        return replyTo;
    }

    public byte[] compressed() {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("replyTo", replyTo.value());
        root.set("registration", registration);
        byte[] json = Json.MAPPER.writeValueAsBytes(root);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setDictionary(PacketDictionary.bytes());
            deflater.setInput(json);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(json.length);
            byte[] buffer = new byte[4096];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /**
     * Inflates and reads packet contents, refusing anything that would inflate past
     * {@link #MAX_PLAINTEXT_BYTES}; {@link IllegalArgumentException} says what is wrong.
     */
    public static PacketContents fromCompressed(byte[] compressed) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(inflate(compressed));
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the packet's contents are not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject() || !root.path("registration").isObject() || !root.path("replyTo").isString()) {
            throw new IllegalArgumentException("the packet's contents lack a registration or a reply recipient");
        }
        AgeRecipient replyTo;
        try {
            replyTo = new AgeRecipient(root.get("replyTo").asString());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the packet's reply recipient is not an age recipient");
        }
        return new PacketContents(replyTo, (ObjectNode) root.get("registration"));
    }

    /**
     * The registration as the desk keeps it: given {@code id}, on the packet channel, its time cut to
     * the hour (or {@code fallbackHour}, when it arrived, if the sealer's clock gave nothing believable),
     * and validated.
     */
    public Registration registration(String id, Instant fallbackHour) {
        return RegistrationParser.parse(registrationJson(id, fallbackHour));
    }

    public String registrationJson(String id, Instant fallbackHour) {
        ObjectNode record = Json.MAPPER.createObjectNode();
        record.set("schema", registration.get("schema"));
        record.put("id", id);
        record.put("receivedAt", hourOf(registration.get("receivedAt"), fallbackHour).toString());
        record.put("channel", Channel.PACKET.wireName());
        registration.properties().forEach(field -> {
            if (!record.has(field.getKey())) {
                record.set(field.getKey(), field.getValue());
            }
        });
        return Json.MAPPER.writeValueAsString(record);
    }

    /**
     * The sealing hour from the device's clock, unless it is unreadable, later than the packet
     * arrived, or before SafePassage existed: a wrong clock must not put a registration in the future.
     */
    private static Instant hourOf(JsonNode value, Instant fallbackHour) {
        Instant fallback = fallbackHour.truncatedTo(ChronoUnit.HOURS);
        if (value != null && value.isString()) {
            try {
                Instant sealed = Instant.parse(value.asString()).truncatedTo(ChronoUnit.HOURS);
                if (!sealed.isAfter(fallback) && !sealed.isBefore(EARLIEST_SEALING)) {
                    return sealed;
                }
            } catch (DateTimeParseException e) {
                // the sealing device's clock gave nothing usable: the receiving hour stands in
            }
        }
        return fallback;
    }

    private static byte[] inflate(byte[] compressed) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setDictionary(PacketDictionary.bytes());
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(compressed.length * 3);
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalArgumentException("the packet's contents are cut short");
                }
                if (out.size() + n > MAX_PLAINTEXT_BYTES) {
                    throw new IllegalArgumentException("the packet's contents inflate past " + MAX_PLAINTEXT_BYTES
                            + " bytes, more than any registration: refused");
                }
                out.write(buffer, 0, n);
            }
            // What follows the deflate stream is the padding that hides the packet's size (Padding): zeros only.
            for (int i = compressed.length - inflater.getRemaining(); i < compressed.length; i++) {
                if (compressed[i] != 0) {
                    throw new IllegalArgumentException("the packet's contents have bytes after their end that are not padding");
                }
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("the packet's contents do not inflate: " + e.getMessage());
        } finally {
            inflater.end();
        }
    }

    @Override
    public String toString() {
        return "PacketContents[redacted]";
    }
}
