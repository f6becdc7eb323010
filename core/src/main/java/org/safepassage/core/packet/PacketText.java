package org.safepassage.core.packet;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.safepassage.core.digest.Sha256;

/**
 * The armored form of a packet: base64url text cut into numbered parts, each opening with a header
 * line {@code #SP1 <packet id> <k>/<n> <check>}. The packet id is the start of the packet's SHA-256
 * (so the joined parts are checked whole), the check the start of the part's own (so a damaged part
 * is named). Only characters of the GSM 7-bit alphabet are used, so an SMS costs no more than it must.
 */
public final class PacketText {

    public static final String MARK = "#SP1";
    /** One long SMS: three 153-character GSM-7 segments, which phones send and join by themselves. */
    public static final int SMS_PART_CHARS = 459;
    /** One QR code a phone camera reads from a screen or from paper (version 25 or less at level M). */
    public static final int QR_PART_CHARS = 990;
    public static final int MAX_PARTS = 99;
    private static final int HEADER_CHARS = MARK.length() + " 01234567 99/99 abcd\n".length();

    private PacketText() {
    }

    /** The packet as parts of at most {@code maxPartChars} characters each, headers included. */
    public static List<String> split(Packet packet, int maxPartChars) {
        if (maxPartChars < HEADER_CHARS + 16) {
            throw new IllegalArgumentException("parts of " + maxPartChars + " characters are too small to carry anything");
        }
        String id = packet.id();
        String text = Base64.getUrlEncoder().withoutPadding().encodeToString(packet.toBytes());
        int perPart = maxPartChars - HEADER_CHARS;
        int total = (text.length() + perPart - 1) / perPart;
        if (total > MAX_PARTS) {
            throw new IllegalArgumentException("the packet needs " + total + " parts; at most " + MAX_PARTS + " are allowed");
        }
        List<String> parts = new ArrayList<>(total);
        for (int index = 1; index <= total; index++) {
            String payload = text.substring((index - 1) * perPart, Math.min(text.length(), index * perPart));
            parts.add(MARK + " " + id + " " + index + "/" + total + " " + check(id, index, total, payload) + "\n" + payload);
        }
        return parts;
    }

    /** All parts one after another, as a relay would paste them. */
    public static String armor(Packet packet, int maxPartChars) {
        return String.join("\n\n", split(packet, maxPartChars)) + "\n";
    }

    static String check(String id, int index, int total, String payload) {
        String covered = id + " " + index + "/" + total + " " + payload;
        return HexFormat.of().formatHex(Sha256.of(covered.getBytes(StandardCharsets.US_ASCII)), 0, 2);
    }
}
