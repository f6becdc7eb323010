package org.safepassage.core.registration;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** How soon the registrant needs help (schema safepassage.registration/1). */
public enum Urgency implements WireEnum {
    LOW("low"),
    MEDIUM("medium"),
    HIGH("high"),
    IMMEDIATE("immediate");

    private final String wireName;

    Urgency(String wireName) {
        this.wireName = wireName;
    }

    /** The Persian words for an urgency. */
    private static final ListWords<Urgency> WORDS = ListWords.ofWireNames(Urgency.class)
            .add(LOW, "کم")
            .add(MEDIUM, "متوسط")
            .add(HIGH, "زیاد", "بالا")
            .add(IMMEDIATE, "فوری");

    @JsonValue
    @Override
    public String wireName() {
        return wireName;
    }

    /** The urgency a wire name or a word lists use for it names, in any letter case. */
    public static Optional<Urgency> read(String text) {
        return WORDS.read(text);
    }
}
