package org.safepassage.vetting.consistency;

import java.util.Set;
import org.safepassage.core.registration.Organization;

/** The words of {@code unit-words.tsv}: which organisations a unit's name allows. */
public final class UnitWords {

    private static final UnitWords INSTANCE = new UnitWords();

    /** A word found in a unit's name and the organisations it allows. */
    public record UnitWord(String word, Set<Organization> organizations) {
    }

    private final PhraseTable<UnitWord> table = new PhraseTable<>("unit-words.tsv", Set.of(),
            row -> new UnitWord(row.variants().get(0), Set.copyOf(row.organizations())));

    private UnitWords() {
    }

    public static UnitWords get() {
        return INSTANCE;
    }

    /** The telling word a unit's name holds, or null. */
    public UnitWord find(String unit) {
        return table.find(unit);
    }
}
