package org.safepassage.vetting.consistency;

import java.util.Set;
import org.safepassage.vetting.names.LatinSpelling;

/**
 * The branches and departments of {@code branches.tsv} (ground force, Quds force, traffic police,
 * revolutionary court, ministry of the interior): which one a written branch is, in Persian, Latin
 * letters or English, with or without the words that name the organisation.
 */
public final class Branches {

    /**
     * Words around a branch's name that are not the name: the organisation's, and "force",
     * "ministry", "police", "organisation", "department" (ezafe -ye and -e included).
     */
    private static final Set<String> NOT_THE_NAME = Set.of("نیروی", "نیرو", "niru", "niruye", "niroye", "nirooye", "niroo",
            "nirou", "ye", "e", "the", "of", "force", "forces", "سپاه", "sepah", "irgc", "پاسداران", "pasdaran", "corps",
            "guards", "guard", "islamic", "republic", "iran", "iri", "ارتش", "artesh", "army", "وزارت", "vezarat",
            "vezarate", "ministry", "پلیس", "police", "فراجا", "faraja", "ناجا", "naja", "سازمان", "sazman", "sazmane",
            "organization", "organisation", "معاونت", "moavenat", "department", "directorate", "اداره", "edare", "branch");

    private static final Branches INSTANCE = new Branches();

    /** Latin words with their spelling variation folded (Daryaee, Daryayi, Daryai), as names are. */
    private final PhraseTable<String> table = new PhraseTable<>("branches.tsv", NOT_THE_NAME,
            word -> word.chars().allMatch(c -> c >= 'a' && c <= 'z') ? LatinSpelling.fold(word) : word, row -> row.variants().get(0));

    private Branches() {
    }

    public static Branches get() {
        return INSTANCE;
    }

    /** The English name of the branch a text names, or null when none is recognised. */
    public String find(String text) {
        return table.find(text);
    }
}
