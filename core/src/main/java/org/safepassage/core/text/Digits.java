package org.safepassage.core.text;

/** Digits as people in Iran type them: ASCII, Persian (۰–۹) or Arabic-Indic (٠–٩). */
public final class Digits {

    private Digits() {
    }

    /** The value of a digit in any of the three scripts, or -1 for anything else. */
    public static int valueOf(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return c - '\u06F0';
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return c - '\u0660';
        }
        return -1;
    }

    /** The text with every Persian or Arabic-Indic digit replaced by its ASCII digit. */
    public static String toAscii(CharSequence text) {
        StringBuilder ascii = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int value = valueOf(c);
            ascii.append(value >= 0 ? (char) ('0' + value) : c);
        }
        return ascii.toString();
    }

    /** The text with every ASCII digit written as a Persian digit (۰–۹), as a Persian keyboard types it. */
    public static String toPersian(CharSequence text) {
        StringBuilder persian = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            persian.append(c >= '0' && c <= '9' ? (char) ('\u06F0' + (c - '0')) : c);
        }
        return persian.toString();
    }
}
