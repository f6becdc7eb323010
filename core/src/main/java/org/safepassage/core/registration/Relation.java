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
     * as the relation they name (wife, husband, همسر as spouse; son, daughter, فرزند as child …), in
     * Persian also as a form's answer about one's own family writes them (همسرم, پسرم: "my wife",
     * "my son"), and as the intake form's answers (پدر یا مادر, Brother or sister); other kin (a
     * grandchild, an uncle, a cousin, an in-law) as {@link #OTHER}.
     */
    private static final ListWords<Relation> WORDS = ListWords.ofWireNames(Relation.class)
            .add(SPOUSE, "wife", "husband", "partner", "همسر", "زن", "شوهر", "zan", "hamsar", "shohar", "همسرم", "زنم", "شوهرم",
                    "عیال", "my wife", "my husband")
            .add(CHILD, "son", "daughter", "children", "kid", "فرزند", "پسر", "دختر", "farzand", "pesar", "dokhtar",
                    "فرزندم", "پسرم", "دخترم", "بچه", "my son", "my daughter")
            .add(PARENT, "mother", "father", "mom", "dad", "مادر", "پدر", "madar", "pedar", "مادرم", "پدرم", "my mother", "my father",
                    // the intake form's answer, either way round
                    "پدر یا مادر", "مادر یا پدر", "father or mother", "mother or father")
            .add(SIBLING, "brother", "sister", "برادر", "خواهر", "baradar", "khahar", "برادرم", "خواهرم", "my brother", "my sister",
                    "برادر یا خواهر", "خواهر یا برادر", "brother or sister", "sister or brother")
            .add(OTHER, "grandchild", "grandson", "granddaughter", "grandmother", "grandfather", "uncle", "aunt", "cousin",
                    "nephew", "niece", "mother-in-law", "father-in-law", "son-in-law", "daughter-in-law", "brother-in-law",
                    "sister-in-law", "دیگر", "سایر", "نوه", "عمو", "دایی", "عمه", "خاله", "مادرشوهر", "مادرزن", "پدرشوهر", "پدرزن", "عروس", "داماد");

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
