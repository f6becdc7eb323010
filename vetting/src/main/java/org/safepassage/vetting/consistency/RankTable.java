package org.safepassage.vetting.consistency;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.safepassage.vetting.names.NameKey;
import org.safepassage.vetting.names.PersianNames;

/** The ranks of {@code ranks.tsv}: which rank a written rank is, in either script. */
public final class RankTable {

    private static final Pattern LATIN_LETTERS = Pattern.compile("[a-z]+");
    /**
     * Words a rank is written with or without: the IRGC's Pasdar, and English "class", which a
     * grade written as a bare number leaves out (Warrant Officer 2, Sergeant 3 are the second and
     * third class, not the rank without a grade).
     */
    private static final Set<String> WORDS_LEFT_OUT = Set.of("پاسدار", "pasdar", "irgc", "class");

    private static final RankTable INSTANCE = new RankTable();

    private final List<Rank> ranks = new ArrayList<>();
    private final PhraseTable<Rank> table = new PhraseTable<>("ranks.tsv", WORDS_LEFT_OUT, RankTable::wordForm,
            row -> remember(new Rank(row.variants().get(0), row.variants().stream().filter(v -> v.chars().allMatch(c -> c < 0x600))
                    .findFirst().orElse(row.variants().get(0)), Set.copyOf(row.organizations()),
                    Integer.parseInt(row.columns()[0].strip()), Integer.parseInt(row.columns()[1].strip()),
                    Integer.parseInt(row.columns()[2].strip()))));

    private RankTable() {
    }

    public static RankTable get() {
        return INSTANCE;
    }

    private Rank remember(Rank rank) {
        ranks.add(rank);
        return rank;
    }

    /**
     * A word of a rank as the table and a text are compared: its grade ({@link RankOrdinals}); a
     * word of Latin letters by its consonant skeleton, as Latin spellings of names are compared
     * (Gorouhban / Goruhban / Gorohban, Sarjoukheh / Sarjookheh / Sarjukhe: a Persian word
     * romanised any way), or, when that has fewer than three letters (Lt, Maj), as written with its
     * spelling folded ({@link NameKey#folded}); otherwise the word itself. No two ranks of the
     * table meet this way ({@code RankTableTest}).
     */
    static String wordForm(String word) {
        String grade = RankOrdinals.canonical(word);
        if (!grade.equals(word) || !LATIN_LETTERS.matcher(word).matches()) {
            return grade;
        }
        NameKey key = PersianNames.key(word);
        String form = key.skeleton().length() >= 3 ? key.skeleton() : key.folded();
        return form.isEmpty() ? word : RankOrdinals.canonical(form);
    }

    /** Every rank of the table, in its order (by organisation group, then level). */
    public List<Rank> ranks() {
        return List.copyOf(ranks);
    }

    /** The rank a text names, or null when none is recognised. */
    public Rank find(String text) {
        return table.find(text);
    }
}
