package org.safepassage.core.padding;

import java.util.Arrays;

/**
 * Sizes that say nothing: what is sealed is padded first, so that an envelope's size no longer tells
 * a one-line registration from a long account, or a photo from a scanned file. The padding is inside
 * the encryption and removed by the reader:
 * <ul>
 * <li><b>text</b> (registrations, follow-ups, replies, notices): the JSON document followed by spaces,
 *     which JSON allows, to {@value #TEXT_BYTES} bytes, or to the next power of two above that for a
 *     longer one. Everything shorter than about 7,000 Persian characters of free text seals to one size;
 *     longer ones tell only in which doubling their length falls;</li>
 * <li><b>packet contents</b> (compressed, from the offline sealer): zero bytes after the deflate stream
 *     to {@value #PACKET_BYTES} bytes, then doublings, so that text-only packets are a fixed number of
 *     parts;</li>
 * <li><b>attachments</b>: zero bytes to the first of 256 KiB, 1 MiB, 4 MiB or the attachment limit that
 *     holds the file; the registration that names the file gives its true size and SHA-256, and the
 *     desk cuts the padding off before checking them.</li>
 * </ul>
 */
public final class Padding {

    public static final int TEXT_BYTES = 8 * 1024;
    public static final int PACKET_BYTES = 3 * 1024;
    private static final long[] ATTACHMENT_CLASSES = {256L << 10, 1L << 20, 4L << 20};

    private Padding() {
    }

    /** A JSON document padded with spaces to its text size. */
    public static byte[] text(byte[] json) {
        return text(json, 0);
    }

    /** A JSON document padded with spaces to its text size, or to at least {@code minimum} bytes (to match another). */
    public static byte[] text(byte[] json, int minimum) {
        byte[] padded = Arrays.copyOf(json, textSize(Math.max(json.length, minimum)));
        Arrays.fill(padded, json.length, padded.length, (byte) ' ');
        return padded;
    }

    /** The size a text of {@code length} bytes is padded to. */
    public static int textSize(int length) {
        return doublingFrom(TEXT_BYTES, length);
    }

    /** A JSON document without the spaces that padded it (JSON readers skip them; stored text should not keep them). */
    public static byte[] withoutTextPadding(byte[] padded) {
        int end = padded.length;
        while (end > 0 && padded[end - 1] == ' ') {
            end--;
        }
        return end == padded.length ? padded : Arrays.copyOf(padded, end);
    }

    /** Compressed packet contents padded with zero bytes to their packet size. */
    public static byte[] packetContents(byte[] compressed) {
        return Arrays.copyOf(compressed, doublingFrom(PACKET_BYTES, compressed.length));
    }

    /** An attachment padded with zero bytes to its size class. */
    public static byte[] attachment(byte[] file, long maxAttachmentBytes) {
        return Arrays.copyOf(file, Math.toIntExact(attachmentSize(file.length, maxAttachmentBytes)));
    }

    /** The size class of a file of {@code length} bytes: 256 KiB, 1 MiB, 4 MiB, or the attachment limit. */
    public static long attachmentSize(long length, long maxAttachmentBytes) {
        for (long size : ATTACHMENT_CLASSES) {
            if (length <= size && size < maxAttachmentBytes) {
                return size;
            }
        }
        return Math.max(length, maxAttachmentBytes);
    }

    /** An attachment's own bytes, the padding cut off at the size its registration gives. */
    public static byte[] withoutAttachmentPadding(byte[] padded, long size) {
        if (size < 0 || size > padded.length) {
            throw new IllegalArgumentException("the attachment is shorter than the size its registration gives");
        }
        return size == padded.length ? padded : Arrays.copyOf(padded, (int) size);
    }

    private static int doublingFrom(int first, int length) {
        long size = first;
        while (size < length) {
            size *= 2;
        }
        return Math.toIntExact(size);
    }
}
