package org.safepassage.desk.transfer;

import java.util.ArrayList;
import java.util.List;

/**
 * What importing a partner's list did: registrations stored, lines held before, lines left out
 * (the first {@value Builder#KEPT}, each with its number and why; {@code leftOut} counts them all),
 * and the reading's counts by cause. {@code replay} is set when the same file had been imported
 * before, and then nothing changed.
 */
public record ListImportResult(String list, String importId, int stored, int heldBefore, int leftOut, List<LeftOut> firstLeftOut,
                               List<String> reading, boolean replay, String message) {

    public String summary() {
        if (replay) {
            return message;
        }
        return String.format("%,d registrations stored, %,d held before, %,d lines left out", stored, heldBefore, leftOut);
    }

    static ListImportResult replay(String list, String importId, String message) {
        return new ListImportResult(list, importId, 0, 0, 0, List.of(), List.of(), true, message);
    }

    /** A line left out: its number, the id it gives (null when none) and why. */
    public record LeftOut(int line, String id, String reason) {

        /** The line as the operator finds it in the file. */
        public String where() {
            return "line " + line + (id == null ? "" : " (" + id + ")");
        }
    }

    static final class Builder {

        static final int KEPT = 50;

        private final String list;
        private final String importId;
        private final List<LeftOut> firstLeftOut = new ArrayList<>();
        private int stored;
        private int heldBefore;
        private int leftOut;

        Builder(String list, String importId) {
            this.list = list;
            this.importId = importId;
        }

        void stored(int count) {
            stored += count;
        }

        void heldBefore() {
            heldBefore++;
        }

        void leftOut(int line, String id, String reason) {
            leftOut++;
            if (firstLeftOut.size() < KEPT) {
                firstLeftOut.add(new LeftOut(line, id, reason));
            }
        }

        ListImportResult build(List<String> reading) {
            return new ListImportResult(list, importId, stored, heldBefore, leftOut, List.copyOf(firstLeftOut), List.copyOf(reading),
                    false, null);
        }
    }
}
