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
import org.safepassage.desk.system.Compartment;
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

    private final Cases cases;
    private final CaseStore store;
    private final RegistrationAssessments assessments;

    public CaseController(Cases cases, CaseStore store, RegistrationAssessments assessments) {
        this.cases = cases;
        this.store = store;
        this.assessments = assessments;
    }

    @GetMapping
    String list(@RequestParam(required = false) CaseState state, Compartment compartment, Model model) {
        model.addAttribute("cases", store.list(compartment, state, 500));
        model.addAttribute("states", CaseState.values());
        model.addAttribute("state", state);
        return "cases";
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
    String state(@PathVariable long id, @RequestParam CaseState target, @RequestParam(required = false) String reason,
                 @AuthenticationPrincipal SignedInStaff staff, RedirectAttributes redirect) {
        cases.changeState(id, target, reason, staff);
        redirect.addFlashAttribute("notice", "The case is now " + target.label() + ".");
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
        cases.reply(id, threads, body, status == null || status.isBlank() ? null : SubmitterStatus.valueOf(status), staff);
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
