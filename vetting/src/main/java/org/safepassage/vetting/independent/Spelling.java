package org.safepassage.vetting.independent;

import java.util.Locale;
import java.util.Random;

/**
 * How a name or a number ends up typed: a compound in Persian script joined with a zero-width
 * non-joiner, a space or nothing; Arabic ي and ك from an Arabic keyboard layout; a slip to a
 * neighbouring key (Persian standard layout or QWERTY); capitals as lists write them; digits in
 * Persian, Arabic-Indic or ASCII.
 */
final class Spelling {

    private static final String[] PERSIAN_ROWS = {"ضصثقفغعهخحجچ", "شسیبلاتنمکگ", "ظطزرذدپو"};
    private static final String[] QWERTY_ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
    private static final String NON_JOINING = "اآدذرزژو";

    private Spelling() {
    }

    /** A Persian-script name from its parts (| between them), joined as this writer joins. */
    static String persian(String parts, Random random, boolean arabicKeyboard) {
        String[] split = parts.split("\\|");
        StringBuilder out = new StringBuilder(split[0]);
        for (int i = 1; i < split.length; i++) {
            boolean needsJoiner = NON_JOINING.indexOf(out.charAt(out.length() - 1)) < 0;
            double roll = random.nextDouble();
            if (split[i].isEmpty()) {
                continue;
            }
            if (roll < 0.4 && needsJoiner) {
                out.append('\u200C');
            } else if (roll < 0.72) {
                out.append(' ');
            }
            out.append(split[i]);
        }
        String written = out.toString();
        return arabicKeyboard ? written.replace('ی', 'ي').replace('ک', 'ك') : written;
    }

    /** One letter dropped, doubled, swapped with the next, or hit on a neighbouring key. */
    static String slip(String text, Random random) {
        if (text.length() < 4) {
            return text;
        }
        StringBuilder s = new StringBuilder(text);
        int at = 1 + random.nextInt(s.length() - 2);
        char c = s.charAt(at);
        if (!Character.isLetter(c) || !Character.isLetter(s.charAt(at + 1))) {
            return text;
        }
        switch (random.nextInt(4)) {
            case 0 -> s.deleteCharAt(at);
            case 1 -> s.insert(at, c);
            case 2 -> {
                s.setCharAt(at, s.charAt(at + 1));
                s.setCharAt(at + 1, c);
            }
            default -> s.setCharAt(at, neighbour(c, random));
        }
        return s.toString();
    }

    private static char neighbour(char c, Random random) {
        boolean upper = Character.isUpperCase(c);
        char lower = Character.toLowerCase(c);
        for (String[] rows : new String[][] {PERSIAN_ROWS, QWERTY_ROWS}) {
            for (String row : rows) {
                int at = row.indexOf(lower);
                if (at >= 0) {
                    int other = at == 0 ? 1 : at == row.length() - 1 ? at - 1 : at + (random.nextBoolean() ? 1 : -1);
                    char hit = row.charAt(other);
                    return upper ? Character.toUpperCase(hit) : hit;
                }
            }
        }
        return c;
    }

    /** Capitals as this writer uses them: mostly as written, some lists in capitals, some typists in lower case. */
    static String letterCase(String latin, Random random, boolean partnerList) {
        double roll = random.nextDouble();
        if (roll < (partnerList ? 0.5 : 0.06)) {
            return latin.toUpperCase(Locale.ROOT);
        }
        if (roll > 0.93) {
            return latin.toLowerCase(Locale.ROOT);
        }
        return latin;
    }

    /** ASCII digits in another script: 0 ASCII, 1 Persian (۰-۹), 2 Arabic-Indic (٠-٩). */
    static String digits(String ascii, int script) {
        if (script == 0) {
            return ascii;
        }
        char zero = script == 1 ? '\u06F0' : '\u0660';
        StringBuilder out = new StringBuilder(ascii.length());
        for (char c : ascii.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) (zero + c - '0') : c);
        }
        return out.toString();
    }
}
