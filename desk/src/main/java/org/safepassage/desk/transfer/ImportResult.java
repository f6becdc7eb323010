package org.safepassage.desk.transfer;

import java.util.ArrayList;
import java.util.List;
import org.safepassage.core.batch.EnvelopeKind;

/**
 * What an import did: envelopes stored by kind, envelopes already held, and envelopes that
 * could not be opened or read (each with its reason). {@code replay} is set when the whole batch
 * had been imported before, and then nothing changed.
 */
public record ImportResult(String batchId, int registrations, int followUps, int attachments, int notices, int alreadyPresent,
                           List<Failure> failures, boolean replay, String message) {

    public int stored() {
        return registrations + followUps + attachments;
    }

    public String summary() {
        if (replay) {
            return message;
        }
        return registrations + " registrations, " + followUps + " follow-ups, " + attachments + " attachments stored; "
                + notices + " notices (visits, second receipts); " + alreadyPresent + " already held; " + failures.size()
                + " could not be opened";
    }

    static ImportResult replay(String batchId, String message) {
        return new ImportResult(batchId, 0, 0, 0, 0, 0, List.of(), true, message);
    }

    /** An envelope left out, and why. */
    public record Failure(String envelopeId, String reason) {
    }

    static final class Builder {
        private final String batchId;
        private int registrations;
        private int followUps;
        private int attachments;
        private int alreadyPresent;
        private int notices;
        private final List<Failure> failures = new ArrayList<>();

        Builder(String batchId) {
            this.batchId = batchId;
        }

        synchronized void failed(String id, String reason) {
            failures.add(new Failure(id, reason));
        }

        synchronized void stored(EnvelopeKind kind) {
            switch (kind) {
                case REGISTRATION, PACKET -> registrations++;
                case FOLLOWUP -> followUps++;
                case ATTACHMENT -> attachments++;
                default -> { }
            }
        }

        synchronized void noticed() {
            notices++;
        }

        synchronized void alreadyPresent() {
            alreadyPresent++;
        }

        synchronized ImportResult build() {
            return new ImportResult(batchId, registrations, followUps, attachments, notices, alreadyPresent,
                    List.copyOf(failures), false, null);
        }
    }
}
