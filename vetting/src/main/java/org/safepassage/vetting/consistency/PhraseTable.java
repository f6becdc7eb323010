package org.safepassage.vetting.consistency;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.safepassage.core.registration.Organization;
import org.safepassage.core.text.Remembered;
import org.safepassage.vetting.names.PersianNames;
import org.safepassage.vetting.tables.TabSeparated;

/**
 * A table of phrases (Persian and Latin variants of one rank, title or unit word) read from a
 * tab-separated resource whose first column lists organisations and last column the variants.
 * A text is matched word by word: the longest variant it contains wins, so "سرتیپ دوم" is not
 * read as "سرتیپ", nor "Director general" as "General".
 *
 * @param <T> what a row stands for
 */
final class PhraseTable<T> {

    /** A row as read: its organisations, its middle columns, and its variants. */
    record Row(Set<Organization> organizations, String[] columns, List<String> variants) {
    }


    private final Map<String, List<Entry<T>>> byFirstWord = new HashMap<>();
    private final Set<String> ignoredWords;
    private final UnaryOperator<String> wordForm;
    /** Ranks and units repeat: texts already looked up, up to 200,000 of them. */
    private final Remembered<T> found = new Remembered<>(this::lookUp, 200_000);

    private record Entry<T>(String[] words, T value) {
    }

    PhraseTable(String resource, Set<String> ignoredWords, Function<Row, T> value) {
        this(resource, ignoredWords, UnaryOperator.identity(), value);
    }

    /** As above, each word of the table and of a text first put in one form by {@code wordForm}. */
    PhraseTable(String resource, Set<String> ignoredWords, UnaryOperator<String> wordForm, Function<Row, T> value) {
        this.ignoredWords = ignoredWords;
        this.wordForm = wordForm;
        for (Row row : read(resource)) {
            T item = value.apply(row);
            for (String variant : row.variants()) {
                String[] words = words(variant);
                if (words.length > 0) {
                    byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Entry<>(words, item));
                }
            }
        }
    }

    /** The value of the longest variant the text contains, or null. */
    T find(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return found.get(text);
    }

    private T lookUp(String text) {
        String[] words = words(text);
        Entry<T> best = null;
        for (int start = 0; start < words.length; start++) {
            for (Entry<T> entry : byFirstWord.getOrDefault(words[start], List.of())) {
                if ((best == null || entry.words().length > best.words().length) && contains(words, start, entry.words())) {
                    best = entry;
                }
            }
        }
        return best == null ? null : best.value();
    }

    private static boolean contains(String[] words, int start, String[] phrase) {
        return start + phrase.length <= words.length
                && Arrays.equals(words, start, start + phrase.length, phrase, 0, phrase.length);
    }

    /** Lower-case words of either script, Persian letter forms and digits made canonical, accents and ignored words dropped. */
    String[] words(String text) {
        String canonical = Normalizer.normalize(PersianNames.canonicalPersian(text), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return Arrays.stream(canonical.split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty() && !ignoredWords.contains(word)).map(wordForm).toArray(String[]::new);
    }

    private static List<Row> read(String resource) {
        List<Row> rows = new ArrayList<>();
        for (String[] columns : TabSeparated.rows(PhraseTable.class, resource)) {
            Set<Organization> organizations = EnumSet.noneOf(Organization.class);
            for (String name : columns[0].split(",")) {
                organizations.add(Organization.valueOf(name.strip()));
            }
            rows.add(new Row(organizations, Arrays.copyOfRange(columns, 1, columns.length - 1),
                    List.of(columns[columns.length - 1].split("\\|"))));
        }
        return rows;
    }
}
