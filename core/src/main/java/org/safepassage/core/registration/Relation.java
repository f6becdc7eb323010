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
    private static final java.util.Map<String, Relation> WORDS = words();

    @JsonValue
    @Override
    public String wireName() {
        return wireName;
    }

    /** The relation a wire name or a common word for it names, in any letter case. */
    public static java.util.Optional<Relation> read(String text) {
        String key = text.strip().toLowerCase(java.util.Locale.ROOT).replace('ي', 'ی').replace('ك', 'ک');
        return java.util.Optional.ofNullable(WORDS.get(key));
    }

    private static java.util.Map<String, Relation> words() {
        java.util.Map<String, Relation> words = new java.util.HashMap<>();
        for (Relation relation : values()) {
            words.put(relation.wireName, relation);
        }
        for (String word : new String[] {"wife", "husband", "partner", "همسر", "زن", "شوهر", "zan", "hamsar", "shohar"}) {
            words.put(word, SPOUSE);
        }
        for (String word : new String[] {"son", "daughter", "children", "kid", "فرزند", "پسر", "دختر", "farzand", "pesar", "dokhtar"}) {
            words.put(word, CHILD);
        }
        for (String word : new String[] {"mother", "father", "mom", "dad", "مادر", "پدر", "madar", "pedar"}) {
            words.put(word, PARENT);
        }
        for (String word : new String[] {"brother", "sister", "برادر", "خواهر", "baradar", "khahar"}) {
            words.put(word, SIBLING);
        }
        return java.util.Map.copyOf(words);
    }
}
