package org.safepassage.core.registration;

import com.fasterxml.jackson.annotation.JsonValue;

/** The organisation a registrant serves in (schema safepassage.registration/1). */
public enum Organization implements WireEnum {
    IRGC("IRGC"),
    ARTESH("ARTESH"),
    FARAJA("FARAJA"),
    BASIJ("BASIJ"),
    MOIS("MOIS"),
    JUDICIARY("JUDICIARY"),
    MINISTRY("MINISTRY"),
    CLERGY("CLERGY"),
    DIPLOMATIC("DIPLOMATIC"),
    OTHER("OTHER");

    private final String wireName;

    Organization(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    @Override
    public String wireName() {
        return wireName;
    }
}
