package org.safepassage.core.registration;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The words partner lists and hand-typed exports write for one of a few values (an organisation,
 * a relation, a channel, an urgency, a language), read as the whole field: in any letter case,
 * Arabic letter forms as Persian, dots dropped (I.R.G.C.), any other run of non-letters one space.
 *
 * @param <V> what the words name
 */
final class ListWords<V> {

    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Map<String, V> values = new HashMap<>();

    /** Words for an enum's values, starting with their wire names. */
    static <E extends Enum<E> & WireEnum> ListWords<E> ofWireNames(Class<E> type) {
        ListWords<E> words = new ListWords<>();
        Arrays.stream(type.getEnumConstants()).forEach(value -> words.add(value, value.wireName()));
        return words;
    }

    /** Adds words for a value; a word already given (for any value) is a mistake in the table. */
    ListWords<V> add(V value, String... words) {
        for (String word : words) {
            if (values.put(key(word), value) != null) {
                throw new IllegalStateException("a word given twice: " + word);
            }
        }
        return this;
    }

    /** The value the whole text names, if any. */
    Optional<V> read(String text) {
        return Optional.ofNullable(values.get(key(text)));
    }

    /** The text as words are compared: letter case, Arabic letter forms and punctuation folded. */
    static String key(String text) {
        String folded = text.toLowerCase(Locale.ROOT).replace('ي', 'ی').replace('ك', 'ک').replace('ة', 'ه').replace(".", "");
        return NOT_A_LETTER.matcher(folded).replaceAll(" ").strip();
    }
}
