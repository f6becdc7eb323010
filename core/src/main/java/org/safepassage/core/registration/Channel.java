package org.safepassage.core.registration;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a registration reached SafePassage (schema safepassage.registration/1). */
public enum Channel implements WireEnum {
    WEB("web"),
    PACKET("packet"),
    IMPORT("import");

    private final String wireName;

    Channel(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    @Override
    public String wireName() {
        return wireName;
    }
}
