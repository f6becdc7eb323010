package org.safepassage.vetting.names;

/** How many words a text has, counted in one pass without a regular expression: this runs on every registration. */
public final class WordCount {

    private WordCount() {
    }

    /** The words of a text, runs of anything but white space; 0 for null. */
    public static int of(String text) {
        if (text == null) {
            return 0;
        }
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /** {@link Character#isWhitespace}, told without its tables for ASCII and the Arabic block (most of a text). */
    static boolean isWhitespace(char c) {
        if (c < 0x80) {
            return c == ' ' || c >= 0x09 && c <= 0x0D || c >= 0x1C && c <= 0x1F;
        }
        return (c < 0x0600 || c > 0x06FF) && Character.isWhitespace(c);
    }
}
