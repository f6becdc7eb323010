package org.safepassage.core.registration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The words partner lists and hand-typed exports write for one of a few values (an organisation,
 * a relation, a channel, an urgency, a language), read as the whole field: in any letter case,
 * Arabic letter forms as Persian, dots dropped (I.R.G.C.), any other run of non-letters one space.
 *
 * @param <V> what the words name
 */
final class ListWords<V> {

    private final Map<String, V> values = new HashMap<>();
    /** The most words one entry has. */
    private int longest = 1;

    /** Words for an enum's values, starting with their wire names. */
    static <E extends Enum<E> & WireEnum> ListWords<E> ofWireNames(Class<E> type) {
        ListWords<E> words = new ListWords<>();
        Arrays.stream(type.getEnumConstants()).forEach(value -> words.add(value, value.wireName()));
        return words;
    }

    /** Adds words for a value; a word already given (for any value) is a mistake in the table. */
    ListWords<V> add(V value, String... words) {
        for (String word : words) {
            String key = key(word);
            if (values.put(key, value) != null) {
                throw new IllegalStateException("a word given twice: " + word);
            }
            longest = Math.max(longest, key.split(" ").length);
        }
        return this;
    }

    /** The value the whole text names, if any. */
    Optional<V> read(String text) {
        return Optional.ofNullable(values.get(key(text)));
    }

    /**
     * The entries a longer text holds, as whole words, from its start: at each word the longest
     * entry that begins there, then on after it (in "Ministry of Intelligence and Security" the
     * entry "ministry of intelligence", not "ministry"). Each match is given as its entry's words
     * and its value.
     */
    List<Map.Entry<String, V>> within(String text) {
        List<Map.Entry<String, V>> found = new ArrayList<>();
        String[] words = key(text).split(" ");
        forEachWithin(words, (start, length, phrase) -> found.add(Map.entry(phrase, values.get(phrase))));
        return found;
    }

    /** The one value every entry within a longer text names (Farsi (Persian), English - US), if there is one. */
    Optional<V> soleWithin(String text) {
        List<V> named = within(text).stream().map(Map.Entry::getValue).distinct().toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /**
     * The text as words are compared ({@link #key}), without the entries it holds (found as
     * {@link #within} finds them) whose value is {@code value} and that {@code leftOut} takes; the
     * text as it was when it holds none.
     */
    String without(String text, V value, Predicate<String> leftOut) {
        String[] words = key(text).split(" ");
        boolean[] left = new boolean[words.length];
        forEachWithin(words, (start, length, phrase) -> {
            if (value.equals(values.get(phrase)) && leftOut.test(phrase)) {
                Arrays.fill(left, start, start + length, true);
            }
        });
        StringBuilder rest = new StringBuilder();
        boolean any = false;
        for (int i = 0; i < words.length; i++) {
            any |= left[i];
            if (!left[i]) {
                rest.append(rest.isEmpty() ? "" : " ").append(words[i]);
            }
        }
        return any ? rest.toString() : text;
    }

    /** An entry found within a text's words: its first word, its number of words, and the entry itself. */
    private interface Match {
        void at(int start, int length, String phrase);
    }

    /** Where entries are within the words, leftmost and longest first. */
    private void forEachWithin(String[] words, Match match) {
        for (int start = 0; start < words.length; ) {
            int matched = 0;
            for (int length = Math.min(longest, words.length - start); length > 0 && matched == 0; length--) {
                String phrase = phrase(words, start, length);
                if (values.containsKey(phrase)) {
                    match.at(start, length, phrase);
                    matched = length;
                }
            }
            start += Math.max(1, matched);
        }
    }

    private static String phrase(String[] words, int start, int length) {
        return String.join(" ", Arrays.asList(words).subList(start, start + length));
    }

    /** The text as words are compared: letter case, Arabic letter forms and punctuation folded. */
    static String key(String text) {
        String folded = text.toLowerCase(Locale.ROOT).replace('ي', 'ی').replace('ك', 'ک').replace('ة', 'ه').replace(".", "");
        // each run of what is neither a letter nor a digit (Unicode's L and N) one space, none at either end:
        // a loop, not a regular expression, since every field name and listed value of every line comes here
        StringBuilder key = new StringBuilder(folded.length());
        boolean apart = false;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            if (letterOrNumber(c)) {
                if (apart && !key.isEmpty()) {
                    key.append(' ');
                }
                key.appendCodePoint(c);
                apart = false;
            } else {
                apart = true;
            }
        }
        return key.toString();
    }

    /** Whether a code point is in Unicode's categories L (letters) or N (digits, letter numbers, other numbers). */
    private static boolean letterOrNumber(int c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
