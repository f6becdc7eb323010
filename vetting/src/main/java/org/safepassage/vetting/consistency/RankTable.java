package org.safepassage.vetting.consistency;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The ranks of {@code ranks.tsv}: which rank a written rank is, in either script. */
public final class RankTable {

    private static final RankTable INSTANCE = new RankTable();

    private final List<Rank> ranks = new ArrayList<>();
    private final PhraseTable<Rank> table = new PhraseTable<>("ranks.tsv", Set.of("پاسدار", "pasdar", "irgc"), RankOrdinals::canonical,
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

    /** Every rank of the table, in its order (by organisation group, then level). */
    public List<Rank> ranks() {
        return List.copyOf(ranks);
    }

    /** The rank a text names, or null when none is recognised. */
    public Rank find(String text) {
        return table.find(text);
    }
}
