package org.safepassage.vetting.generate;

import java.util.Random;

/** The slips people make typing: one letter changed, dropped, doubled or swapped; one digit wrong. */
final class Noise {

    private Noise() {
    }

    static String typo(String text, Random random) {
        if (text.length() < 4) {
            return text;
        }
        StringBuilder s = new StringBuilder(text);
        int at = 1 + random.nextInt(s.length() - 2);
        switch (random.nextInt(4)) {
            case 0 -> s.deleteCharAt(at);
            case 1 -> s.insert(at, s.charAt(at));
            case 2 -> {
                char c = s.charAt(at);
                s.setCharAt(at, s.charAt(at + 1));
                s.setCharAt(at + 1, c);
            }
            default -> s.setCharAt(at, neighbour(s.charAt(at), random));
        }
        return s.toString();
    }

    private static char neighbour(char c, Random random) {
        if (c >= 'a' && c <= 'z') {
            return (char) ('a' + random.nextInt(26));
        }
        String persian = "ابپتسجحخدرزشصطعفقکگلمنوهی";
        return persian.charAt(random.nextInt(persian.length()));
    }

    static String slipDigit(String digits, Random random) {
        StringBuilder s = new StringBuilder(digits);
        int at = random.nextInt(s.length());
        s.setCharAt(at, (char) ('0' + (s.charAt(at) - '0' + 1 + random.nextInt(9)) % 10));
        return s.toString();
    }
}
