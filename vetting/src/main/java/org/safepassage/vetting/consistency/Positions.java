package org.safepassage.vetting.consistency;

import java.util.Set;

/**
 * The posts of {@code positions.tsv} (judge, second secretary, prayer leader, case officer): which
 * post a written position is, in Persian, Latin letters or English.
 */
public final class Positions {

    private static final Positions INSTANCE = new Positions();

    private final PhraseTable<String> table = new PhraseTable<>("positions.tsv", Set.of(), row -> row.variants().get(0));

    private Positions() {
    }

    public static Positions get() {
        return INSTANCE;
    }

    /** The English name of the post a text names, or null when none is recognised. */
    public String find(String text) {
        return table.find(text);
    }
}
