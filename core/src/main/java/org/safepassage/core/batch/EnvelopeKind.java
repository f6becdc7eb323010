package org.safepassage.core.batch;

import com.fasterxml.jackson.annotation.JsonValue;

/** What an envelope holds; travels in clear in the manifest so the receiver can route it unopened. */
public enum EnvelopeKind {
    REGISTRATION("registration"),
    /** A registration sealed offline into a packet ({@code org.safepassage.core.packet}); opened and read by the desk. */
    PACKET("packet"),
    FOLLOWUP("followup"),
    ATTACHMENT("attachment"),
    REPLY("reply"),
    /**
     * Not an envelope but the desk's receipt for one intake batch ({@link Acknowledgement}): the
     * envelopes it holds now, so that the intake can delete them for good.
     */
    ACK("ack");

    private final String wireName;

    EnvelopeKind(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
