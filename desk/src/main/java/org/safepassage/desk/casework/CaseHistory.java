package org.safepassage.desk.casework;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safepassage.desk.audit.AuditEntry;

/**
 * A case's history as its page shows it, read from the audit log (the one place every action is
 * recorded, with the reasons typed): opening, state changes with their reasons, assignments,
 * registrations added, merges, reveals with their reasons, replies, offers and their decisions,
 * notes, attachments opened, duress decisions. Views are left out: they would bury the rest.
 */
public final class CaseHistory {

    private static final Map<String, String> WHAT = Map.ofEntries(
            Map.entry("case.created", "Case opened"),
            Map.entry("case.state", "State changed"),
            Map.entry("case.assigned", "Assignment"),
            Map.entry("case.registrations.added", "Registrations added"),
            Map.entry("case.merged", "Merge"),
            Map.entry("identity.reveal", "Identities revealed"),
            Map.entry("case.note", "Note added"),
            Map.entry("reply.queued", "Reply queued"),
            Map.entry("attachment.opened", "Attachment opened"),
            Map.entry("offer.proposed", "Offer proposed"),
            Map.entry("offer.approved", "Offer approved"),
            Map.entry("offer.rejected", "Offer rejected"),
            Map.entry("duress.decided", "Duress decision"),
            Map.entry("cases.exported", "Exported in a case list"));

    /** A state change written before the history existed: "VERIFYING -> OFFER_PROPOSED: reason". */
    private static final Pattern OLD_STATE_CHANGE = Pattern.compile("^([A-Z_]+) -> ([A-Z_]+)");

    private CaseHistory() {
    }

    /** One event: when, who, what kind, the words recorded, and the case it happened on when it was merged in. */
    public record Event(Instant at, String actor, String what, String detail, String onCase) {
    }

    /**
     * @param entries the audit entries of the case and of the cases merged into it, oldest first
     * @param subject the case's own audit subject; events of merged cases name the case they were on
     */
    public static List<Event> of(List<AuditEntry> entries, String subject) {
        return entries.stream()
                .map(entry -> new Event(entry.at(), entry.actor(), WHAT.getOrDefault(entry.action(), entry.action()),
                        words(entry.action(), entry.detail()),
                        entry.subject().equals(subject) ? null : entry.subject().replaceFirst("^case:", "")))
                .toList();
    }

    private static String words(String action, String detail) {
        if (!"case.state".equals(action)) {
            return detail;
        }
        Matcher old = OLD_STATE_CHANGE.matcher(detail);
        if (!old.find()) {
            return detail;
        }
        return label(old.group(1)) + " → " + label(old.group(2)) + detail.substring(old.end());
    }

    private static String label(String stateName) {
        return Arrays.stream(CaseState.values()).filter(s -> s.name().equals(stateName)).findFirst()
                .map(CaseState::label).orElse(stateName);
    }
}
