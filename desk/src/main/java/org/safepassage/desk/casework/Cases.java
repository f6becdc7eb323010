package org.safepassage.desk.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.safepassage.core.message.SubmitterStatus;
import org.safepassage.desk.audit.AuditAction;
import org.safepassage.desk.audit.AuditLog;
import org.safepassage.desk.duress.DuressAlert;
import org.safepassage.desk.duress.DuressStore;
import org.safepassage.desk.messaging.MessageStore;
import org.safepassage.desk.messaging.Replies;
import org.safepassage.desk.messaging.ThreadMessage;
import org.safepassage.desk.registration.RegistrationStore;
import org.safepassage.desk.registration.StoredRegistration;
import org.safepassage.desk.staff.SignedInStaff;
import org.safepassage.desk.staff.StaffDirectory;
import org.safepassage.desk.staff.StaffMember;
import org.safepassage.desk.system.NotFound;
import org.safepassage.desk.system.Words;
import org.safepassage.desk.vetting.ReferenceScreening;
import org.safepassage.desk.vetting.RegistrationLinks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Everything staff do to cases, with the rules: compartments (a case of another team is not
 * found), the state machine, four-eyes approval of offers, and an audit entry for each action.
 */
@Service
public class Cases {

    public static final int MIN_REVEAL_REASON = 10;
    public static final int MAX_NOTE = 20_000;
    public static final int MAX_REASON = 500;

    private final CaseStore cases;
    private final RegistrationStore registrations;
    private final MessageStore messages;
    private final Replies replies;
    private final StaffDirectory staffDirectory;
    private final RegistrationLinks links;
    private final ReferenceScreening screening;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final DuressStore duress;

    public Cases(CaseStore cases, RegistrationStore registrations, MessageStore messages, Replies replies,
                 StaffDirectory staffDirectory, RegistrationLinks links, ReferenceScreening screening, AuditLog audit,
                 TransactionTemplate transaction,
                 Clock clock, DuressStore duress) {
        this.duress = duress;
        this.cases = cases;
        this.registrations = registrations;
        this.messages = messages;
        this.replies = replies;
        this.staffDirectory = staffDirectory;
        this.links = links;
        this.screening = screening;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Opens a case for registrations of one person; they leave the triage queue. */
    public long create(List<String> registrationIds, SignedInStaff staff) {
        if (registrationIds == null || registrationIds.isEmpty()) {
            throw new CaseRuleException("choose at least one registration for the case");
        }
        List<String> ids = List.copyOf(new LinkedHashSet<>(registrationIds));
        Long caseId = transaction.execute(status -> {
            List<StoredRegistration> chosen = ids.stream()
                    .map(id -> registrations.find(id, staff.compartment()).orElseThrow(NotFound::new))
                    .toList();
            for (StoredRegistration registration : chosen) {
                if (registration.caseId() != null) {
                    throw new CaseRuleException("registration " + registration.id() + " is already on case C-"
                            + String.format("%05d", registration.caseId()));
                }
            }
            long teamId = chosen.get(0).teamId();
            long id = cases.insert(teamId, staff.id(), clock.instant());
            registrations.attachToCase(ids, id, teamId);
            return id;
        });
        audit.append(staff.username(), AuditAction.CASE_CREATED, subject(caseId), "from registrations " + String.join(", ", ids));
        return caseId;
    }

    /**
     * Adds registrations of the case's person to an existing case: they leave the triage queue and
     * join the case's team. A registration already on another case is refused by name: merge the
     * two cases instead.
     */
    public void addRegistrations(long caseId, List<String> registrationIds, SignedInStaff staff) {
        if (registrationIds == null || registrationIds.isEmpty()) {
            throw new CaseRuleException("choose at least one registration to add to the case");
        }
        List<String> ids = List.copyOf(new LinkedHashSet<>(registrationIds));
        CaseFile file = cases.find(caseId, staff.compartment())
                .orElseThrow(() -> new CaseRuleException("there is no case " + CaseFile.reference(caseId) + " in your team's cases"));
        if (file.state() == CaseState.MERGED) {
            throw new CaseRuleException(file.reference() + " was merged into " + CaseFile.reference(file.mergedInto())
                    + "; add the registrations there");
        }
        transaction.executeWithoutResult(status -> {
            for (String id : ids) {
                StoredRegistration registration = registrations.find(id, staff.compartment()).orElseThrow(NotFound::new);
                if (registration.caseId() != null && registration.caseId() == caseId) {
                    throw new CaseRuleException("registration " + id + " is already on " + file.reference());
                }
                if (registration.caseId() != null) {
                    throw new CaseRuleException("registration " + id + " is on " + CaseFile.reference(registration.caseId())
                            + "; to bring the two together, merge that case into " + file.reference());
                }
            }
            registrations.attachToCase(ids, caseId, file.teamId());
            cases.touch(caseId, clock.instant());
        });
        audit.append(staff.username(), AuditAction.CASE_REGISTRATIONS_ADDED, subject(caseId),
                "registrations added: " + String.join(", ", ids));
    }

    /**
     * Merges {@code sourceId} into {@code targetId}, two cases found to be one person: the source's
     * registrations and notes move to the target, the source ends as Merged and points to it. A case
     * with a pending or approved offer is the one that stays: merging it away is refused. Both cases
     * record the merge and its reason.
     */
    public void merge(long targetId, long sourceId, String reason, SignedInStaff staff) {
        if (targetId == sourceId) {
            throw new CaseRuleException("a case cannot be merged into itself");
        }
        if (reason == null || reason.strip().length() < MIN_REVEAL_REASON) {
            throw new CaseRuleException("say why the two cases are one person (at least " + MIN_REVEAL_REASON
                    + " characters); the reason goes to both cases' history");
        }
        CaseFile target = find(targetId, staff);
        CaseFile source = cases.find(sourceId, staff.compartment())
                .orElseThrow(() -> new CaseRuleException("there is no case " + CaseFile.reference(sourceId) + " in your team's cases"));
        for (CaseFile file : List.of(target, source)) {
            if (file.state() == CaseState.MERGED) {
                throw new CaseRuleException(file.reference() + " was already merged into " + CaseFile.reference(file.mergedInto()));
            }
        }
        boolean sourceHasOffer = cases.offers(sourceId).stream().anyMatch(o -> !Offer.REJECTED.equals(o.decision()));
        if (sourceHasOffer) {
            throw new CaseRuleException(source.reference() + " has an offer: open " + source.reference()
                    + " and merge " + target.reference() + " into it, so that the offer stays with its case");
        }
        int moved = registrations.ofCase(sourceId, staff.compartment()).size();
        transaction.executeWithoutResult(status -> cases.merge(sourceId, targetId, target.teamId(), clock.instant()));
        String why = reason.strip();
        audit.append(staff.username(), AuditAction.CASE_MERGED, subject(targetId),
                source.reference() + " merged into this case (" + moved + " registrations, with its notes): " + why);
        audit.append(staff.username(), AuditAction.CASE_MERGED, subject(sourceId),
                "merged into " + target.reference() + ": " + why);
    }

    /** The case with everything on it; the view itself is audited. */
    public CaseView view(long caseId, SignedInStaff staff) {
        CaseFile file = find(caseId, staff);
        List<StoredRegistration> linked = registrations.ofCase(caseId, staff.compartment());
        List<String> threads = linked.stream().map(StoredRegistration::threadTag).distinct().toList();
        List<String> duressThreads = duress.duressThreadsOfCase(caseId, staff.compartment());
        List<ThreadMessage> thread = messages.ofThreads(java.util.stream.Stream.concat(threads.stream(), duressThreads.stream())
                .distinct().toList());
        audit.append(staff.username(), AuditAction.CASE_VIEW, subject(caseId), "viewed");
        Map<String, List<RegistrationLinks.LinkedRegistration>> linksOf = new LinkedHashMap<>();
        Map<String, List<ReferenceScreening.Hit>> hitsOf = new LinkedHashMap<>();
        for (StoredRegistration registration : linked) {
            linksOf.put(registration.id(), links.of(registration.id(), staff.compartment()));
            hitsOf.put(registration.id(), screening.hitsOf(registration.id(), staff.compartment()));
        }
        List<Long> merged = cases.mergedInto(caseId);
        List<String> subjects = new java.util.ArrayList<>();
        subjects.add(subject(caseId));
        merged.forEach(id -> subjects.add(subject(id)));
        return new CaseView(file, linked, threads, thread, cases.notes(caseId), cases.offers(caseId),
                staffDirectory.ofTeam(file.teamId()), staffDirectory.teams(), linksOf, hitsOf,
                duress.ofCase(caseId, staff.compartment()), duressThreads, merged,
                CaseHistory.of(audit.about(subjects, List.of(AuditAction.CASE_VIEW)), subject(caseId)));
    }

    public CaseFile find(long caseId, SignedInStaff staff) {
        return cases.find(caseId, staff.compartment()).orElseThrow(NotFound::new);
    }

    public void changeState(long caseId, CaseState target, String reason, SignedInStaff staff) {
        CaseFile file = find(caseId, staff);
        String refusal = file.state().refusal(target);
        if (refusal != null) {
            throw new CaseRuleException(refusal);
        }
        if (reason != null && reason.strip().length() > MAX_REASON) {
            throw new CaseRuleException("the reason is longer than " + MAX_REASON + " characters");
        }
        cases.updateState(caseId, target, clock.instant());
        audit.append(staff.username(), AuditAction.CASE_STATE, subject(caseId),
                file.state().label() + " → " + target.label() + (reason == null || reason.isBlank() ? "" : ": " + reason.strip()));
    }

    /**
     * Moves the case to a team and/or person. Within the own team anyone on the case may; moving
     * it to another team is for supervisors and admins.
     */
    public void assign(long caseId, long teamId, Long assigneeId, SignedInStaff staff) {
        CaseFile file = find(caseId, staff);
        if (teamId != file.teamId() && !staff.mayApproveOffers()) {
            throw new CaseRuleException("only a supervisor or admin may move a case to another team");
        }
        StaffDirectory.Team team = staffDirectory.team(teamId).orElseThrow(() -> new CaseRuleException("no such team"));
        StaffMember assignee = null;
        if (assigneeId != null) {
            assignee = staffDirectory.byId(assigneeId).filter(StaffMember::enabled)
                    .orElseThrow(() -> new CaseRuleException("no such staff member"));
            if (assignee.teamId() != teamId) {
                throw new CaseRuleException(assignee.username() + " is not in team " + team.name());
            }
        }
        if (file.state() == CaseState.MERGED) {
            throw new CaseRuleException(file.reference() + " was merged into " + CaseFile.reference(file.mergedInto()));
        }
        transaction.executeWithoutResult(status -> {
            cases.assign(caseId, teamId, assigneeId, clock.instant());
            registrations.moveCaseToTeam(caseId, teamId);
        });
        String to = assignee == null ? "nobody" : assignee.username();
        audit.append(staff.username(), AuditAction.CASE_ASSIGNED, subject(caseId),
                (teamId != file.teamId() ? "moved to team " + team.name() + "; " : "") + "assigned to " + to
                        + (file.assignee() == null ? "" : " (was " + file.assignee() + ")"));
    }

    public void addNote(long caseId, String body, SignedInStaff staff) {
        find(caseId, staff);
        if (body == null || body.isBlank()) {
            throw new CaseRuleException("the note is empty");
        }
        if (body.length() > MAX_NOTE) {
            throw new CaseRuleException("the note is longer than " + MAX_NOTE + " characters");
        }
        cases.addNote(caseId, staff.id(), body.strip(), clock.instant());
        audit.append(staff.username(), AuditAction.NOTE, subject(caseId), "note of " + body.strip().length() + " characters");
    }

    /** Records why identity fields are about to be shown; the caller shows them only after this returns. */
    public void reveal(long caseId, String reason, SignedInStaff staff) {
        find(caseId, staff);
        if (reason == null || reason.strip().length() < MIN_REVEAL_REASON) {
            throw new CaseRuleException("give a reason of at least " + MIN_REVEAL_REASON + " characters to reveal identities");
        }
        audit.append(staff.username(), AuditAction.REVEAL, subject(caseId), reason.strip());
    }

    public void reply(long caseId, List<String> threadTags, String body, SubmitterStatus status, SignedInStaff staff) {
        find(caseId, staff);
        List<DuressAlert> held = duress.ofCase(caseId, staff.compartment()).stream().filter(DuressAlert::holdsReplies).toList();
        if (!held.isEmpty()) {
            throw new CaseRuleException("replies to this person are held: their second (duress) receipt was used in the hour of "
                    + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:00 'UTC'").withZone(java.time.ZoneOffset.UTC)
                    .format(held.get(0).raisedHour())
                    + "; a supervisor decides on this page whether they are safe before anyone writes");
        }
        List<String> caseThreads = registrations.ofCase(caseId, staff.compartment()).stream().map(StoredRegistration::threadTag).distinct().toList();
        List<String> chosen = threadTags == null || threadTags.isEmpty() ? caseThreads
                : threadTags.stream().filter(caseThreads::contains).distinct().toList();
        if (chosen.isEmpty()) {
            throw new CaseRuleException("choose at least one of this case's submitter threads");
        }
        try {
            transaction.executeWithoutResult(tx -> {
                replies.queue(chosen, body, status, staff.id());
                if (status != null) {
                    cases.updateSubmitterStatus(caseId, status, clock.instant());
                }
            });
        } catch (IllegalArgumentException e) {
            throw new CaseRuleException(e.getMessage());
        }
        audit.append(staff.username(), AuditAction.REPLY, subject(caseId), "reply sealed to " + chosen.size()
                + " thread(s)" + (status == null ? "" : ", status shown: " + Words.english(status)));
    }

    public void proposeOffer(long caseId, OfferTerms terms, SignedInStaff staff) {
        CaseFile file = find(caseId, staff);
        if (file.state() != CaseState.VERIFYING) {
            throw new CaseRuleException("an offer is proposed once the case is Verifying; it is " + file.state().label());
        }
        String missing = terms.missing();
        if (missing != null) {
            throw new CaseRuleException("the offer needs: " + missing);
        }
        Long offerId = transaction.execute(status -> {
            long id = cases.insertOffer(caseId, terms, staff.id(), clock.instant());
            cases.updateState(caseId, CaseState.OFFER_PROPOSED, clock.instant());
            return id;
        });
        audit.append(staff.username(), AuditAction.OFFER_PROPOSED, subject(caseId),
                "offer " + offerId + ": relocation to " + terms.relocationCountry().strip());
    }

    /** Approves or rejects a pending offer: a supervisor or admin who did not propose it. */
    public void decideOffer(long caseId, long offerId, boolean approve, String note, SignedInStaff staff) {
        find(caseId, staff);
        Offer offer = cases.offers(caseId).stream().filter(o -> o.id() == offerId).findFirst().orElseThrow(NotFound::new);
        if (!offer.pending()) {
            throw new CaseRuleException("this offer was already " + offer.decision().toLowerCase(Locale.ROOT));
        }
        if (!staff.mayApproveOffers()) {
            throw new CaseRuleException("only a supervisor or admin may decide on an offer");
        }
        if (offer.proposedById() == staff.id()) {
            throw new CaseRuleException("four-eyes rule: an offer must be decided by someone other than "
                    + "the person who proposed it");
        }
        Instant now = clock.instant();
        boolean decided = Boolean.TRUE.equals(transaction.execute(status -> {
            if (!cases.decideOffer(offerId, approve ? Offer.APPROVED : Offer.REJECTED, staff.id(), note, now)) {
                return false;
            }
            cases.updateState(caseId, approve ? CaseState.OFFER_APPROVED : CaseState.VERIFYING, now);
            return true;
        }));
        if (!decided) {
            throw new CaseRuleException("this offer was decided by someone else a moment ago");
        }
        audit.append(staff.username(), approve ? AuditAction.OFFER_APPROVED : AuditAction.OFFER_REJECTED, subject(caseId),
                "offer " + offerId + " proposed by " + offer.proposedBy()
                        + (note == null || note.isBlank() ? "" : ": " + note.strip()));
    }

    /**
     * A supervisor's or admin's decision on a used duress receipt: the person is confirmed safe by other
     * means (replies resume), or replies stay held. A reason is required; both are audited.
     */
    public void decideDuress(long caseId, String registrationId, DuressAlert.Decision decision, String reason,
                             SignedInStaff staff) {
        find(caseId, staff);
        DuressAlert alert = duress.ofCase(caseId, staff.compartment()).stream()
                .filter(a -> a.registrationId().equals(registrationId)).findFirst().orElseThrow(NotFound::new);
        if (!staff.mayApproveOffers()) {
            throw new CaseRuleException("only a supervisor or admin may decide on a used duress receipt");
        }
        if (reason == null || reason.strip().length() < MIN_REVEAL_REASON) {
            throw new CaseRuleException("give a reason of at least " + MIN_REVEAL_REASON + " characters: how was the person's "
                    + "safety established, or why do replies stay held");
        }
        duress.decide(alert.registrationId(), decision, staff.username(), reason.strip(), clock.instant());
        audit.append(staff.username(), AuditAction.DURESS_DECIDED, subject(caseId), "registration " + registrationId + ": "
                + (decision == DuressAlert.Decision.RESUME ? "replies resume" : "replies stay held") + ": " + reason.strip());
    }

    static String subject(long caseId) {
        return "case:" + CaseFile.reference(caseId);
    }

    /** A case with its registrations, submitter threads, messages, notes, offers and who it can go to. */
    public record CaseView(CaseFile file, List<StoredRegistration> registrations, List<String> threads,
                           List<ThreadMessage> messages, List<CaseNote> notes, List<Offer> offers,
                           List<StaffMember> teamStaff, List<StaffDirectory.Team> teams,
                           Map<String, List<RegistrationLinks.LinkedRegistration>> links,
                           Map<String, List<ReferenceScreening.Hit>> hits,
                           List<DuressAlert> duressAlerts, List<String> duressThreads, List<Long> mergedCases,
                           List<CaseHistory.Event> history) {

        /** The view with its reference-list hits masked, for a page whose identity fields are masked. */
        public CaseView withMaskedHits() {
            Map<String, List<ReferenceScreening.Hit>> masked = new LinkedHashMap<>();
            hits.forEach((id, list) -> masked.put(id, list.stream().map(ReferenceScreening.Hit::masked).toList()));
            return new CaseView(file, registrations, threads, messages, notes, offers, teamStaff, teams, links, masked,
                    duressAlerts, duressThreads, mergedCases, history);
        }

        /** Whether replies are held because a duress receipt was used and no supervisor has resumed them. */
        public boolean repliesHeld() {
            return duressAlerts.stream().anyMatch(DuressAlert::holdsReplies);
        }

        /** Whether a message came through a duress receipt: shown, never trusted. */
        public boolean untrusted(ThreadMessage message) {
            return duressThreads.contains(message.threadTag());
        }
    }
}
