package org.safepassage.core.batch;

import com.fasterxml.jackson.annotation.JsonValue;

/** Which side made a batch; a receiver refuses batches from the wrong side even when well signed. */
public enum BatchOrigin {
    INTAKE("intake"),
    DESK("desk");

    private final String wireName;

    BatchOrigin(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
