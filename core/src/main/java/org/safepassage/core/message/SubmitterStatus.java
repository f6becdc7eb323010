package org.safepassage.core.message;

import com.fasterxml.jackson.annotation.JsonValue;
import org.safepassage.core.registration.WireEnum;

/** The coarse status a submitter sees; deliberately vague so it gives nothing away if read over a shoulder. */
public enum SubmitterStatus implements WireEnum {
    RECEIVED("received"),
    UNDER_REVIEW("under_review"),
    MORE_INFORMATION_NEEDED("more_information_needed"),
    WILL_CONTACT("will_contact"),
    CLOSED("closed");

    private final String wireName;

    SubmitterStatus(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    @Override
    public String wireName() {
        return wireName;
    }
}
