package org.safepassage.desk.casework;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safepassage.core.message.SubmitterStatus;
import org.safepassage.desk.duress.DuressAlert;
import org.safepassage.desk.staff.SignedInStaff;
import org.safepassage.core.registration.Organization;
import org.safepassage.core.registration.Urgency;
import org.safepassage.desk.audit.AuditAction;
import org.safepassage.desk.audit.AuditLog;
import org.safepassage.desk.registration.RegistrationStore;
import org.safepassage.desk.search.Filter;
import org.safepassage.desk.search.MaskedSearches;
import org.safepassage.desk.search.Paging;
import org.safepassage.desk.staff.StaffDirectory;
import org.safepassage.desk.staff.StaffMember;
import org.safepassage.desk.system.Words;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.safepassage.desk.vetting.RegistrationAssessments;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/** The case list and the case page with its actions; each action returns to the case with what happened. */
@Controller
@RequestMapping("/cases")
public class CaseController {

    static final String REVEALED = "revealedCases";
    private static final Pattern CASE_PATH = Pattern.compile("/cases/(\\d+)");

    static final int PAGE_SIZE = 50;

    private final Cases cases;
    private final CaseSearch search;
    private final RegistrationAssessments assessments;
    private final MaskedSearches maskedSearches;
    private final StaffDirectory staffDirectory;
    private final AuditLog audit;
    private final Words words;
    private final RegistrationStore registrations;

    public CaseController(Cases cases, CaseSearch search, RegistrationAssessments assessments, MaskedSearches maskedSearches,
                          StaffDirectory staffDirectory, AuditLog audit, Words words, RegistrationStore registrations) {
        this.cases = cases;
        this.search = search;
        this.assessments = assessments;
        this.maskedSearches = maskedSearches;
        this.staffDirectory = staffDirectory;
        this.audit = audit;
        this.words = words;
        this.registrations = registrations;
    }

    @GetMapping
    String list(@RequestParam Map<String, String> params, @AuthenticationPrincipal SignedInStaff staff, Model model) {
        Filter filter = Filter.from(params);
        int page = Paging.page(params.get("page"));
        CaseSearch.Found found = search.find(staff.compartment(), filter, staff.id(), PAGE_SIZE, page);
        maskedSearches.record(staff.username(), "case list", filter.search(), found.total(),
                found.cases().stream().map(row -> row.file().reference()).toList());
        model.addAttribute("found", found);
        model.addAttribute("filter", filter);
        model.addAttribute("page", page);
        model.addAttribute("pages", Paging.pages(found.total(), PAGE_SIZE));
        model.addAttribute("states", CaseState.values());
        model.addAttribute("organisations", Organization.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("lists", registrations.listNames(staff.compartment()));
        model.addAttribute("staffNames", staffDirectory.ofTeam(staff.compartment().teamId().orElse(null)).stream()
                .map(StaffMember::username).toList());
        return "cases";
    }

    /** The case list under the same filters as CSV, for the receiving organisation's own reporting; never a masked field. */
    @GetMapping(value = "/export.csv")
    ResponseEntity<byte[]> export(@RequestParam Map<String, String> params, @AuthenticationPrincipal SignedInStaff staff) {
        Filter filter = Filter.from(params);
        CaseSearch.Found found = search.find(staff.compartment(), filter, staff.id(), CaseListCsv.MAX_ROWS, 0);
        byte[] csv = CaseListCsv.write(found.cases(), words);
        maskedSearches.record(staff.username(), "case list export", filter.search(), found.total(),
                found.cases().stream().map(row -> row.file().reference()).toList());
        audit.append(staff.username(), AuditAction.CASES_EXPORTED, "cases:list", found.cases().size() + " cases exported as CSV"
                + (found.total() > found.cases().size() ? " (the first " + found.cases().size() + " of " + found.total() + ")" : "")
                + (filter.narrows() ? ", filtered" : ""));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("cases.csv").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(csv);
    }

    @PostMapping("/{id}/registrations")
    String addRegistrations(@PathVariable long id, @RequestParam(name = "registration", required = false) List<String> ids,
                            @AuthenticationPrincipal SignedInStaff staff, RedirectAttributes redirect) {
        cases.addRegistrations(id, ids, staff);
        redirect.addFlashAttribute("notice", (ids == null ? 0 : ids.size()) + " registration(s) added to this case.");
        return back(id);
    }

    @PostMapping("/{id}/merge")
    String merge(@PathVariable long id, @RequestParam(name = "other", required = false) String other,
                 @RequestParam(required = false) String reason, @AuthenticationPrincipal SignedInStaff staff,
                 RedirectAttributes redirect) {
        long source = CaseNumbers.parse(other)
                .orElseThrow(() -> new CaseRuleException("give the number of the case to merge into this one, e.g. C-00042"));
        cases.merge(id, source, reason, staff);
        redirect.addFlashAttribute("notice", CaseFile.reference(source) + " is merged into this case.");
        return back(id);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal SignedInStaff staff, HttpSession session, Model model) {
        boolean revealed = revealed(session).contains(id);
        Cases.CaseView view = cases.view(id, staff);
        model.addAttribute("view", revealed ? view : view.withMaskedHits());
        model.addAttribute("assessments", assessments.of(view.registrations().stream().map(r -> r.id()).toList(),
                staff.compartment()));
        model.addAttribute("revealed", revealed);
        model.addAttribute("statuses", SubmitterStatus.values());
        model.addAttribute("staff", staff);
        return "case";
    }

    @PostMapping("/{id}/state")
    String state(@PathVariable long id, @RequestParam(required = false) String target, @RequestParam(required = false) String reason,
                 @AuthenticationPrincipal SignedInStaff staff, RedirectAttributes redirect) {
        CaseState chosen = CaseSearch.state(target).orElseThrow(() -> new CaseRuleException("choose the state to move the case to"));
        cases.changeState(id, chosen, reason, staff);
        target = chosen.label();
        redirect.addFlashAttribute("notice", "The case is now " + target + ".");
        return back(id);
    }

    @PostMapping("/{id}/assign-me")
    String assignToMe(@PathVariable long id, @AuthenticationPrincipal SignedInStaff staff, RedirectAttributes redirect) {
        CaseFile file = cases.find(id, staff);
        cases.assign(id, file.teamId(), staff.id(), staff);
        redirect.addFlashAttribute("notice", "The case is assigned to you.");
        return back(id);
    }

    @PostMapping("/{id}/assign")
    String assign(@PathVariable long id, @RequestParam long team, @RequestParam(required = false) Long assignee,
                  @AuthenticationPrincipal SignedInStaff staff, RedirectAttributes redirect) {
        cases.assign(id, team, assignee, staff);
        redirect.addFlashAttribute("notice", "Assignment saved.");
        return staff.seesEveryTeam() || team == staff.teamId() ? back(id) : "redirect:/cases";
    }

    @PostMapping("/{id}/notes")
    String note(@PathVariable long id, @RequestParam String body, @AuthenticationPrincipal SignedInStaff staff,
                RedirectAttributes redirect) {
        cases.addNote(id, body, staff);
        redirect.addFlashAttribute("notice", "Note added.");
        return back(id);
    }

    @PostMapping("/{id}/reveal")
    String reveal(@PathVariable long id, @RequestParam String reason, @AuthenticationPrincipal SignedInStaff staff,
                  HttpSession session, RedirectAttributes redirect) {
        cases.reveal(id, reason, staff);
        Set<Long> revealed = new HashSet<>(revealed(session));
        revealed.add(id);
        session.setAttribute(REVEALED, revealed);
        redirect.addFlashAttribute("notice", "Identity fields are shown for this session; the reveal is in the audit log.");
        return back(id);
    }

    @PostMapping("/{id}/hide")
    String hide(@PathVariable long id, @AuthenticationPrincipal SignedInStaff staff, HttpSession session) {
        cases.find(id, staff);
        Set<Long> revealed = new HashSet<>(revealed(session));
        revealed.remove(id);
        session.setAttribute(REVEALED, revealed);
        return back(id);
    }

    @PostMapping("/{id}/reply")
    String reply(@PathVariable long id, @RequestParam(name = "thread", required = false) List<String> threads,
                 @RequestParam(required = false) String body, @RequestParam(required = false) String status,
                 @AuthenticationPrincipal SignedInStaff staff, RedirectAttributes redirect) {
        SubmitterStatus chosen = status == null || status.isBlank() ? null : java.util.Arrays.stream(SubmitterStatus.values())
                .filter(s -> s.name().equals(status)).findFirst()
                .orElseThrow(() -> new CaseRuleException("choose one of the statuses offered"));
        cases.reply(id, threads, body, chosen, staff);
        redirect.addFlashAttribute("notice", "The reply is sealed to the submitter and queued for the next reply batch.");
        return back(id);
    }

    @PostMapping("/{id}/offers")
    String propose(@PathVariable long id, @RequestParam(required = false) String amnesty,
                   @RequestParam(required = false) String relocationCountry, @RequestParam(required = false) String residency,
                   @RequestParam(required = false) String support, @RequestParam(required = false) String familyCovered,
                   @AuthenticationPrincipal SignedInStaff staff, RedirectAttributes redirect) {
        cases.proposeOffer(id, new OfferTerms(amnesty, relocationCountry, residency, support, familyCovered), staff);
        redirect.addFlashAttribute("notice", "Offer proposed; a supervisor other than you must approve it.");
        return back(id);
    }

    @PostMapping("/{id}/offers/{offerId}/decision")
    String decide(@PathVariable long id, @PathVariable long offerId, @RequestParam String decision,
                  @RequestParam(required = false) String note, @AuthenticationPrincipal SignedInStaff staff,
                  RedirectAttributes redirect) {
        boolean approve = "approve".equals(decision);
        cases.decideOffer(id, offerId, approve, note, staff);
        redirect.addFlashAttribute("notice", approve ? "Offer approved." : "Offer rejected; the case is back in Verifying.");
        return back(id);
    }

    @PostMapping("/{id}/duress")
    String duress(@PathVariable long id, @RequestParam String registration, @RequestParam("verdict") DuressAlert.Decision decision,
                  @RequestParam(required = false) String reason, @AuthenticationPrincipal SignedInStaff staff,
                  RedirectAttributes redirect) {
        cases.decideDuress(id, registration, decision, reason, staff);
        redirect.addFlashAttribute("notice", decision == DuressAlert.Decision.RESUME
                ? "Replies to this person resume; the decision and its reason are in the audit log."
                : "Replies stay held; the decision and its reason are in the audit log.");
        return back(id);
    }

    /** A refused action goes back to the case page with the reason, nothing changed. */
    @ExceptionHandler(CaseRuleException.class)
    String refused(CaseRuleException refusal, HttpServletRequest request) {
        RequestContextUtils.getOutputFlashMap(request).put("problem", refusal.getMessage());
        Matcher caseInPath = CASE_PATH.matcher(request.getRequestURI());
        return caseInPath.find() ? back(Long.parseLong(caseInPath.group(1))) : "redirect:/cases";
    }

    @SuppressWarnings("unchecked")
    private static Set<Long> revealed(HttpSession session) {
        Object value = session.getAttribute(REVEALED);
        return value instanceof Set<?> set ? (Set<Long>) set : Set.of();
    }

    private static String back(long id) {
        return "redirect:/cases/" + id;
    }
}
