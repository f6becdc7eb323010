package org.safepassage.core.registration;

import com.fasterxml.jackson.annotation.JsonValue;

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

    @JsonValue
    @Override
    public String wireName() {
        return wireName;
    }
}
