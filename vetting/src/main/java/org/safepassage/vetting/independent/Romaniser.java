package org.safepassage.vetting.independent;

import java.util.Random;

/**
 * Writes a name's sounds in Latin letters the way people and lists actually do, each sound by
 * itself: English passport habits (kh, gh, sh, ee, oo), French ones (ou, dj), Arabic-style
 * romanisation (q for ق, i for a last short e, Kazim), ع written or not, doubled consonants kept
 * or not, a final silent ه as -eh or -e. One call is one writer's spelling; calls differ.
 */
final class Romaniser {

    private Romaniser() {
    }

    /** One part of a name (no +), lower case. */
    static String part(String sounds, Random random) {
        StringBuilder out = new StringBuilder(sounds.length() + 4);
        int n = sounds.length();
        for (int i = 0; i < n; i++) {
            char c = sounds.charAt(i);
            char next = i + 1 < n ? sounds.charAt(i + 1) : 0;
            boolean last = i == n - 1;
            String two = next == 0 ? "" : "" + c + next;
            switch (two) {
                case "kh" -> {
                    out.append(choose(random, 0.88, "kh", 0.03, "x", "h"));
                    i++;
                    continue;
                }
                case "gh" -> {
                    out.append(choose(random, 0.6, "gh", 0.3, "q", "g"));
                    i++;
                    continue;
                }
                case "sh", "ch" -> {
                    out.append(two);
                    i++;
                    continue;
                }
                case "zh" -> {
                    out.append(choose(random, 0.7, "zh", 0.3, "j", "j"));
                    i++;
                    continue;
                }
                case "ey" -> {
                    if (i + 2 >= n || !isVowel(sounds.charAt(i + 2))) {
                        out.append(choose(random, 0.5, "ey", 0.35, "ei", "ay"));
                        i++;
                        continue;
                    }
                }
                case "ow" -> {
                    if (i + 2 >= n || !isVowel(sounds.charAt(i + 2))) {
                        out.append(choose(random, 0.4, "ow", 0.4, "o", "ou"));
                        i++;
                        continue;
                    }
                }
                default -> {
                }
            }
            if (c == next && Character.isLowerCase(c) && !isVowel(c)) {
                out.append(random.nextDouble() < 0.6 ? "" + c + c : "" + c); // Mohammad / Mohamad
                i++;
                continue;
            }
            out.append(switch (c) {
                case 'A' -> choose(random, 0.86, "a", 0.12, "aa", "ah");
                case 'I' -> last ? choose(random, 0.75, "i", 0.15, "y", "ee") : choose(random, 0.72, "i", 0.2, "ee", "ie");
                case 'U' -> choose(random, 0.5, "u", 0.3, "ou", "oo");
                case 'E' -> choose(random, 0.5, "eh", 0.45, "e", "ah");
                case 'a' -> choose(random, 0.95, "a", 0.05, "e", "e");
                case 'e' -> lastSyllable(sounds, i) ? choose(random, 0.82, "e", 0.12, "i", "a") : choose(random, 0.9, "e", 0.08, "a", "i");
                case 'o' -> choose(random, 0.82, "o", 0.15, "u", "ou");
                case '\'' -> i == 0 ? "" : choose(random, 0.72, "", 0.25, "'", "a");
                case 'j' -> i == 0 ? choose(random, 0.93, "j", 0.07, "dj", "dj") : "j";
                case 'v' -> choose(random, 0.88, "v", 0.12, "w", "w");
                default -> String.valueOf(c);
            });
        }
        return out.toString();
    }

    /** The whole name: compound parts joined, spaced, hyphenated, or the first part as an initial. */
    static String name(String sounds, Random random) {
        String[] parts = sounds.split("\\+");
        if (parts.length == 1) {
            return capital(part(sounds, random));
        }
        String first = capital(part(parts[0], random));
        String second = part(parts[1], random);
        double roll = random.nextDouble();
        if (roll < 0.42) {
            return first + second; // Mohammadreza, Alizadeh
        }
        if (roll < 0.72) {
            return first + " " + capital(second);
        }
        if (roll < 0.92) {
            return first + "-" + capital(second);
        }
        if (roll < 0.97 && !parts[1].startsWith("+")) {
            return first.charAt(0) + ". " + capital(second); // M. Reza
        }
        return first + second;
    }

    private static boolean lastSyllable(String sounds, int at) {
        for (int i = at + 1; i < sounds.length(); i++) {
            if (isVowel(sounds.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isVowel(char c) {
        return "aeoAIUE".indexOf(c) >= 0;
    }

    static String capital(String word) {
        if (word.isEmpty()) {
            return word;
        }
        int first = 0;
        while (first < word.length() - 1 && word.charAt(first) == '\'') {
            first++;
        }
        return word.substring(0, first) + Character.toUpperCase(word.charAt(first)) + word.substring(first + 1);
    }

    private static String choose(Random random, double p1, String first, double p2, String second, String third) {
        double roll = random.nextDouble();
        return roll < p1 ? first : roll < p1 + p2 ? second : third;
    }
}
