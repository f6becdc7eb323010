package org.safepassage.vetting.names;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The given name field holding the whole name while the family name is filled in too (Ali Karimi /
 * Karimi), as partner lists with a "name" and a "surname" column write it: read without the
 * repeated family name, the field is the given name it asks for. What would remain must be a name:
 * a family name made of a given name and the word that makes it a family name, written apart in
 * the given name's field (علی زاده beside the family name علی: the two written the other way round),
 * is no repeat. A family name field that starts with the given name is left as it is: far more
 * often than the whole name, that is such a family name written apart (علی / علی زاده, Hasan /
 * Hasan Zadeh), misspelt too (حسن زلده), which no list of endings reads whole.
 */
public final class RepeatedName {

    /** The words that make a family name of a given name (Alipour, Hassanzadeh, Hosseinnejad, Karimvand, Amirlou…). */
    private static final Set<String> FAMILY_NAME_ENDINGS = Stream.of("پور", "زاده", "نژاد", "نیا", "فر", "وند", "لو", "زادگان", "خانی",
                    "pour", "pur", "poor", "zadeh", "zade", "zada", "nejad", "nezhad", "nejhad", "nia", "far", "vand", "lou", "loo", "lu",
                    "zadegan", "khani")
            .map(RepeatedName::ending).collect(Collectors.toUnmodifiableSet());

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private RepeatedName() {
    }

    /**
     * The name without the other field's name at its end or its start, when it has more words than
     * that name and those words are the same name (by their keys: any letter case, any common
     * spelling of one script); otherwise the name as it is.
     */
    public static String without(String name, String other) {
        if (name == null || other == null || other.isBlank()) {
            return name;
        }
        int repeated = WordCount.of(other);
        if (WordCount.of(name) <= repeated) { // most given names are one word: no split
            return name;
        }
        String[] words = WHITESPACE.split(name.strip());
        NameKey otherKey = PersianNames.key(other);
        int kept = words.length - repeated;
        String before = String.join(" ", Arrays.copyOfRange(words, 0, kept));
        if (sameName(String.join(" ", Arrays.copyOfRange(words, kept, words.length)), otherKey) && isAName(before)) {
            return before;
        }
        String after = String.join(" ", Arrays.copyOfRange(words, repeated, words.length));
        if (sameName(String.join(" ", Arrays.copyOfRange(words, 0, repeated)), otherKey) && isAName(after)) {
            return after;
        }
        return name;
    }

    private static boolean isAName(String words) {
        return !isFamilyNameEnding(words);
    }

    /** Whether a word is one that makes a family name of a given name written apart (زاده, Pour, Nejad…). */
    static boolean isFamilyNameEnding(String word) {
        return FAMILY_NAME_ENDINGS.contains(ending(word));
    }

    /**
     * A word as the endings are compared: its folded key, and whether it opens with a vowel, which a
     * Persian key does not keep (آزاده, the given name Azadeh, is not the ending زاده).
     */
    private static String ending(String word) {
        NameKey key = PersianNames.key(word);
        return (key.opensWithVowel() ? "^" : "") + key.folded();
    }

    private static boolean sameName(String words, NameKey other) {
        NameKey key = PersianNames.key(words);
        return !key.isEmpty() && key.fromPersianScript() == other.fromPersianScript() && key.folded().equals(other.folded());
    }
}
