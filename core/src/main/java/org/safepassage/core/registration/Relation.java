package org.safepassage.core.registration;

import com.fasterxml.jackson.annotation.JsonValue;

/** A family member's relation to the registrant (schema safepassage.registration/1). */
public enum Relation implements WireEnum {
    SPOUSE("spouse"),
    CHILD("child"),
    PARENT("parent"),
    SIBLING("sibling"),
    OTHER("other");

    private final String wireName;

    Relation(String wireName) {
        this.wireName = wireName;
    }

    /**
     * The words partner lists and hand-typed exports use for a relation, in English and Persian, read
     * as the relation they name (wife, husband, همسر as spouse; son, daughter, فرزند as child …).
     */
    private static final ListWords<Relation> WORDS = ListWords.ofWireNames(Relation.class)
            .add(SPOUSE, "wife", "husband", "partner", "همسر", "زن", "شوهر", "zan", "hamsar", "shohar")
            .add(CHILD, "son", "daughter", "children", "kid", "فرزند", "پسر", "دختر", "farzand", "pesar", "dokhtar")
            .add(PARENT, "mother", "father", "mom", "dad", "مادر", "پدر", "madar", "pedar")
            .add(SIBLING, "brother", "sister", "برادر", "خواهر", "baradar", "khahar");

    @JsonValue
    @Override
    public String wireName() {
        return wireName;
    }

    /** The relation a wire name or a common word for it names, in any letter case. */
    public static java.util.Optional<Relation> read(String text) {
        return WORDS.read(text);
    }
}
