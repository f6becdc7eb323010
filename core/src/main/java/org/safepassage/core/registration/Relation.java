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

    @JsonValue
    @Override
    public String wireName() {
        return wireName;
    }
}
