package org.safepassage.vetting.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.safepassage.vetting.names.NameKey;
import org.safepassage.vetting.names.PersianNames;

/**
 * One word of a full name as screening compares it: its keys, and what the word is within the
 * name. An initial (N. Farahani, J.-K. Jalali) stands for any word that begins with its letter. A
 * particle (al, bin, de, van) joins names and says little by itself. A word after a patronymic
 * particle (bin, ibn, ben, bint, ould) names the father, not the person: Omar bin Abdullah is not
 * Abdullah bin Omar. {@code written} is the word as typed, digits read as letters.
 */
record NameWord(String written, NameKey key, boolean initial, boolean particle, boolean patronym) {

    private static final Set<String> PATRONYMIC_PARTICLES = Set.of("bin", "ibn", "ben", "bint", "binti", "ould", "walad");
    private static final Set<String> PARTICLES = Set.of("al", "el", "ul", "ud", "ur", "abu", "abou", "bu", "da", "de", "del",
            "della", "der", "di", "do", "dos", "du", "la", "le", "van", "von", "bin", "ibn", "ben", "bint", "binti",
            "ould", "walad", "ebn");
    /** The same particles in Arabic script, as Arabic and Persian write them apart from the name: each as its Latin spelling. */
    private static final Map<String, String> ARABIC_SCRIPT_PARTICLES = Map.of("بن", "bin", "ابن", "bin", "بنت", "bint", "ابو", "abu");

    /** The words of a name, in order; words with no letters left are dropped. */
    static List<NameWord> of(String name) {
        List<NameWord> words = new ArrayList<>();
        boolean afterPatronymicParticle = false;
        for (String token : PersianNames.tokens(name)) {
            String written = lettersForDigits(token);
            NameKey key = PersianNames.key(written);
            if (key.folded().isEmpty()) {
                continue;
            }
            String lower = key.fromPersianScript() ? latinSpelling(written) : written.toLowerCase(Locale.ROOT);
            boolean particle = PARTICLES.contains(lower);
            boolean initial = !key.fromPersianScript() && key.folded().length() == 1;
            if (key.skeleton().isEmpty() && !initial && !particle) {
                continue;
            }
            words.add(new NameWord(written, key, initial, particle, afterPatronymicParticle && !particle));
            if (PATRONYMIC_PARTICLES.contains(lower)) {
                afterPatronymicParticle = true;
            } else if (!particle) {
                afterPatronymicParticle = false;
            }
        }
        return words;
    }

    /** Two neighbouring Latin words written as one (Abd al → Abdal), or null when either is not Latin or an initial. */
    static NameWord joined(NameWord first, NameWord second) {
        if (first.key().fromPersianScript() || second.key().fromPersianScript() || first.initial() || second.initial()) {
            return null;
        }
        NameKey key = PersianNames.latinKey(first.key().folded() + second.key().folded());
        return new NameWord(first.written() + second.written(), key, false, false, first.patronym() || second.patronym());
    }

    /** A particle in Arabic script as its Latin spelling (بن → bin); any other word as written. */
    private static String latinSpelling(String arabicScript) {
        return ARABIC_SCRIPT_PARTICLES.getOrDefault(PersianNames.canonicalPersian(arabicScript), arabicScript);
    }

    /** The particle as one spelling: bin, ibn, ben and بن are one word (son of); al, el and ul another (the). */
    String particleMeaning() {
        String folded = key.fromPersianScript() ? latinSpelling(written) : key.folded();
        if (PATRONYMIC_PARTICLES.contains(folded) || folded.equals("ebn")) {
            return folded.startsWith("bint") ? "bint" : "bin";
        }
        return switch (folded) {
            case "el", "ul" -> "al";
            case "abou", "bu" -> "abu";
            default -> folded;
        };
    }

    /** Whether this word can stand for a name by itself (not a particle or an initial). */
    boolean full() {
        return !initial && !particle;
    }

    /**
     * Digits typed for the letters they look like inside a Latin word (Am1r Kaz3mi); a word of
     * digits alone stays as it is.
     */
    static String lettersForDigits(String token) {
        boolean letters = false;
        boolean digits = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            letters |= c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            digits |= c >= '0' && c <= '9';
        }
        if (!letters || !digits) {
            return token;
        }
        StringBuilder out = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            out.append(switch (c) {
                case '0' -> 'o';
                case '1' -> 'i';
                case '3' -> 'e';
                case '4' -> 'a';
                case '5' -> 's';
                case '7' -> 't';
                case '8' -> 'b';
                case '9' -> 'g';
                default -> c;
            });
        }
        return out.toString();
    }
}
