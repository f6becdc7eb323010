package org.safepassage.core.packet;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safepassage.core.packet.PacketProblem.Kind;

/**
 * Reads packet parts from whatever text a relay pastes or uploads: parts in any order, of one or
 * several packets, with the line breaks, spaces and direction marks that messengers add. Each
 * complete packet is joined and checked; an incomplete one says which parts are missing; a damaged
 * part is named. Nothing here stores anything.
 */
public final class PacketAssembler {

    public static final int MAX_TEXT_CHARS = 128 * 1024;

    private static final Pattern HEADER = Pattern.compile(
            "#SP1[ \\t\\u00A0]+([0-9a-fA-F]{8})[ \\t\\u00A0]+(\\d{1,2})[ \\t\\u00A0]*/[ \\t\\u00A0]*(\\d{1,2})[ \\t\\u00A0]+([0-9a-fA-F]{4})");
    private static final Pattern NOISE = Pattern.compile("[\\s\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF>]+");
    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]*");
    private static final Pattern BLANK_LINE = Pattern.compile("\\r?\\n[ \\t\\u00A0\\u200E\\u200F]*\\r?\\n");

    private PacketAssembler() {
    }

    public static Assembly read(String text) {
        if (text == null || text.isBlank()) {
            throw new PacketException(Kind.NOTHING_GIVEN);
        }
        if (text.length() > MAX_TEXT_CHARS) {
            throw new PacketException(Kind.TOO_LONG, text.length(), MAX_TEXT_CHARS);
        }
        List<PacketProblem> problems = new ArrayList<>();
        Map<String, Parts> packets = new LinkedHashMap<>();
        int start = text.indexOf(PacketText.MARK);
        if (start < 0) {
            throw new PacketException(Kind.NO_PART);
        }
        int ordinal = 0;
        while (start >= 0) {
            int next = text.indexOf(PacketText.MARK, start + PacketText.MARK.length());
            String part = text.substring(start, next < 0 ? text.length() : next);
            ordinal++;
            readPart(part, ordinal, packets, problems);
            start = next;
        }
        List<Packet> complete = new ArrayList<>();
        List<Incomplete> incomplete = new ArrayList<>();
        for (Map.Entry<String, Parts> entry : packets.entrySet()) {
            Parts parts = entry.getValue();
            List<Integer> missing = parts.missing();
            if (!missing.isEmpty()) {
                incomplete.add(new Incomplete(entry.getKey(), parts.total, missing));
                continue;
            }
            try {
                complete.add(join(entry.getKey(), parts));
            } catch (PacketException e) {
                problems.add(e.problem());
            }
        }
        return new Assembly(complete, incomplete, problems);
    }

    private static void readPart(String part, int ordinal, Map<String, Parts> packets, List<PacketProblem> problems) {
        Matcher header = HEADER.matcher(part);
        if (!header.lookingAt()) {
            problems.add(PacketProblem.of(Kind.DAMAGED_HEADER, ordinal));
            return;
        }
        String id = header.group(1).toLowerCase();
        int index = Integer.parseInt(header.group(2));
        int total = Integer.parseInt(header.group(3));
        String payload = NOISE.matcher(payloadLines(part.substring(header.end()))).replaceAll("");
        if (total < 1 || total > PacketText.MAX_PARTS || index < 1 || index > total) {
            problems.add(PacketProblem.of(Kind.WRONG_NUMBERING, id, index, total));
            return;
        }
        if (!BASE64URL.matcher(payload).matches()
                || !PacketText.check(id, index, total, payload).equalsIgnoreCase(header.group(4))) {
            problems.add(PacketProblem.of(Kind.DAMAGED_PART, id, index, total));
            return;
        }
        Parts parts = packets.computeIfAbsent(id, key -> new Parts(total));
        if (parts.total != total) {
            problems.add(PacketProblem.of(Kind.DISAGREEING_TOTAL, id, index, total));
            return;
        }
        String before = parts.payloads.putIfAbsent(index, payload);
        if (before != null && !before.equals(payload)) {
            problems.add(PacketProblem.of(Kind.CONFLICTING_PART, id, index, total));
        }
    }

    /**
     * A part's payload: its lines up to the first blank line after them, so that what a messenger
     * adds under a message ("sent from my phone") is not read as part of it.
     */
    private static String payloadLines(String afterHeader) {
        Matcher blank = BLANK_LINE.matcher(afterHeader);
        while (blank.find()) {
            if (!afterHeader.substring(0, blank.start()).isBlank()) {
                return afterHeader.substring(0, blank.start());
            }
        }
        return afterHeader;
    }

    private static Packet join(String id, Parts parts) {
        String text = String.join("", parts.payloads.values());
        if (text.length() > (Packet.MAX_BYTES * 4L + 2) / 3) {
            throw new PacketException(Kind.TOO_LARGE, id, Packet.MAX_BYTES);
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new PacketException(Kind.PARTS_MISMATCH, id);
        }
        if (!Packet.idOf(bytes).equals(id)) {
            throw new PacketException(Kind.PARTS_MISMATCH, id);
        }
        return Packet.fromBytes(bytes);
    }

    /** What the text held: complete packets (checked whole), incomplete ones, and every problem found. */
    public record Assembly(List<Packet> complete, List<Incomplete> incomplete, List<PacketProblem> problems) {
    }

    /** A packet some of whose parts were not given. */
    public record Incomplete(String packetId, int total, List<Integer> missing) {
    }

    private static final class Parts {
        final int total;
        final Map<Integer, String> payloads = new TreeMap<>();

        Parts(int total) {
            this.total = total;
        }

        List<Integer> missing() {
            List<Integer> missing = new ArrayList<>();
            for (int index = 1; index <= total; index++) {
                if (!payloads.containsKey(index)) {
                    missing.add(index);
                }
            }
            return missing;
        }
    }
}
