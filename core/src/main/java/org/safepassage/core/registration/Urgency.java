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

    /**
     * The words for an urgency: the Persian ones, the intake form's own answers in both its
     * languages (a list made from the form, or a packet's, carries them: "Within weeks", ظرف چند
     * هفته), and what lists write for the ends of the scale (urgent and فوری at the top, as the
     * form's "in danger now"; normal and عادی the middle). Read as the whole field only: "not
     * urgent" holds "urgent".
     */
    private static final ListWords<Urgency> WORDS = ListWords.ofWireNames(Urgency.class)
            .add(LOW, "کم", "not urgent", "فوری نیست", "غیر فوری", "غیرفوری")
            .add(MEDIUM, "متوسط", "within months", "ظرف چند ماه", "normal", "عادی", "med")
            .add(HIGH, "زیاد", "بالا", "within weeks", "ظرف چند هفته")
            .add(IMMEDIATE, "فوری", "i am in danger now", "هم‌اکنون در خطرم", "in danger now", "urgent", "very urgent",
                    "خیلی فوری", "بسیار فوری", "emergency", "اضطراری", "critical");

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
