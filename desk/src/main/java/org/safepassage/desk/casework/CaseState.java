package org.safepassage.desk.casework;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case stands. The main path runs NEW → TRIAGED → IN_CONTACT → VERIFYING →
 * OFFER_PROPOSED → OFFER_APPROVED → RELOCATING → RESETTLED; REJECTED, SUSPECTED_PLANT and
 * DORMANT are exits from any open state. An offer is entered and approved through the offer
 * itself, never by a bare state change, so four-eyes approval cannot be skipped. MERGED is where a
 * case ends when it is merged into another case of the same person: only a merge puts it there.
 */
public enum CaseState {
    NEW("New"),
    TRIAGED("Triaged"),
    IN_CONTACT("In contact"),
    VERIFYING("Verifying"),
    OFFER_PROPOSED("Offer proposed"),
    OFFER_APPROVED("Offer approved"),
    RELOCATING("Relocating"),
    RESETTLED("Resettled"),
    REJECTED("Rejected"),
    SUSPECTED_PLANT("Suspected plant"),
    DORMANT("Dormant"),
    MERGED("Merged");

    private static final Set<CaseState> EXITS = EnumSet.of(REJECTED, SUSPECTED_PLANT, DORMANT);
    private static final Set<CaseState> OFFER_STATES = EnumSet.of(OFFER_PROPOSED, OFFER_APPROVED);

    private final String label;

    CaseState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean open() {
        return this != RESETTLED && this != REJECTED && this != MERGED;
    }

    /** The states a person may move the case to by hand from here. */
    public Set<CaseState> manualNext() {
        Set<CaseState> next = EnumSet.noneOf(CaseState.class);
        switch (this) {
            case NEW -> next.add(TRIAGED);
            case TRIAGED -> next.add(IN_CONTACT);
            case IN_CONTACT -> next.add(VERIFYING);
            case OFFER_APPROVED -> next.add(RELOCATING);
            case RELOCATING -> next.add(RESETTLED);
            case DORMANT -> next.add(IN_CONTACT);
            case SUSPECTED_PLANT -> next.add(VERIFYING);
            default -> { }
        }
        if (open() && !EXITS.contains(this)) {
            next.addAll(EXITS);
        } else if (this == DORMANT || this == SUSPECTED_PLANT) {
            next.add(REJECTED);
        }
        return next;
    }

    /** Why a hand-made move from here to {@code target} is refused, or null when it is allowed. */
    public String refusal(CaseState target) {
        if (manualNext().contains(target)) {
            return null;
        }
        if (this == MERGED) {
            return "the case was merged into another; work on that case";
        }
        if (target == MERGED) {
            return "a case is merged through \"Merge another case into this one\" on the case it joins";
        }
        if (OFFER_STATES.contains(target)) {
            return "a case reaches " + target.label() + " only through an offer (propose one, then a second person approves it)";
        }
        if (!open()) {
            return "the case is " + label() + "; it is closed";
        }
        return "a case cannot go from " + label() + " to " + target.label();
    }
}
