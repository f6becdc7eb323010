package org.safepassage.core.text;

/**
 * Text from a submitter as it is safe to show staff and to send in a header: without the Unicode
 * controls that reorder or hide what a reader sees. Explicit embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069) can make {@code x\u202Efdp.exe} read as {@code xexe.pdf}; control
 * characters can break a line or a header. The zero-width non-joiner and joiner that Persian
 * spelling needs, and the right-to-left and left-to-right marks, stay in free text.
 */
public final class DisplaySafeText {

    private DisplaySafeText() {
    }

    /** Free text (names, narratives, messages): directional overrides and control characters removed, line breaks kept. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean drop = isDirectionalControl(c) || isControl(c) && c != '\n' && c != '\t' && c != '\r';
            if (drop && kept == null) {
                kept = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!drop && kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? text : kept.toString();
    }

    /**
     * A file name: on one line, without any directional mark or control, so that what the download
     * dialog shows is what the name ends with.
     */
    public static String fileName(String name) {
        if (name == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isDirectionalControl(c) && !isControl(c) && c != '\u200E' && c != '\u200F' && c != '\u061C') {
                kept.append(c);
            }
        }
        return kept.toString().strip();
    }

    static boolean isDirectionalControl(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

    private static boolean isControl(char c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F;
    }
}
