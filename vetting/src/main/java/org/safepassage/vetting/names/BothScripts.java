package org.safepassage.vetting.names;

import java.util.regex.Pattern;

/**
 * A name written in both scripts in one field, as bilingual lists write it: علی (Ali), Karimi /
 * کریمی, تهران - Tehran. Read as one name, its Persian-script spelling (the name as its bearer's
 * documents write it), not as the two run together: linking would otherwise compare "علی (Ali)"
 * with Ali as a different name.
 */
public final class BothScripts {

    /** What separates the two spellings: brackets, slashes, bars, dashes, commas, semicolons, spaces. */
    private static final Pattern APART = Pattern.compile("[\\s()\\[\\]/|\\\\,،;؛\\-–—]+");

    private BothScripts() {
    }

    /**
     * The Persian-script words of a field that holds a name in both scripts, each word in one
     * script; the field as it is when it is in one script, or has a word in both (not a name
     * written twice), or its Persian words are only a title before another name (آقای Ali Karimi).
     */
    public static String persianOf(String field) {
        if (field == null || !holdsBoth(field)) {
            return field;
        }
        StringBuilder persian = new StringBuilder();
        StringBuilder latin = new StringBuilder();
        for (String word : APART.split(field)) {
            boolean arabicScript = PersianNames.hasArabicScript(word);
            if (arabicScript && hasLatinLetter(word)) {
                return field;
            }
            (arabicScript ? persian : latin).append(' ').append(word);
        }
        String name = persian.toString().strip();
        if (name.isEmpty()) {
            return field;
        }
        // Persian words that are only a title before a Latin name (آقای Ali Karimi) are not the name
        // written twice; a name that is also a title (سید (Seyed)) is
        boolean sameName = PersianNames.key(name).sameSkeleton(PersianNames.key(latin.toString().strip()));
        return !sameName && NameTitles.isOnlyTitles(name) ? field : name;
    }

    /** Whether the text has a Latin letter and an Arabic-script one: checked cheaply, as every name field is. */
    private static boolean holdsBoth(String text) {
        boolean latin = false;
        boolean arabic = false;
        for (int i = 0; i < text.length() && !(latin && arabic); i++) {
            char c = text.charAt(i);
            latin |= isLatinLetter(c);
            arabic |= c >= '\u0600' && c <= '\u06FF' || c >= '\u0750' && c <= '\u077F' || c >= '\uFB50' && c <= '\uFEFF';
        }
        return latin && arabic && PersianNames.hasArabicScript(text);
    }

    private static boolean hasLatinLetter(String word) {
        return word.chars().anyMatch(c -> isLatinLetter((char) c));
    }

    private static boolean isLatinLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '\u00C0' && c <= '\u024F' && Character.isLetter(c);
    }
}
