package org.safepassage.desk.registration;

import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safepassage.core.registration.Organization;
import org.safepassage.core.registration.Urgency;
import org.safepassage.desk.campaign.CampaignController;
import org.safepassage.desk.campaign.CampaignStore;
import org.safepassage.desk.casework.CaseNumbers;
import org.safepassage.desk.casework.CaseRuleException;
import org.safepassage.desk.casework.Cases;
import org.safepassage.desk.search.Filter;
import org.safepassage.desk.search.MaskedSearches;
import org.safepassage.desk.search.Paging;
import org.safepassage.desk.staff.SignedInStaff;
import org.safepassage.desk.system.Compartment;
import org.safepassage.desk.vetting.RegistrationAssessments;
import org.safepassage.desk.vetting.RegistrationLinks;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The triage queue: registrations not yet on a case, searched and filtered a page at a time, and
 * the registrations ticked across pages (kept in the session) opened as a case or added to one.
 */
@Controller
public class TriageController {

    static final int PAGE_SIZE = 50;

    private final QueueSearch queue;
    private final RegistrationStore registrations;
    private final Cases cases;
    private final RegistrationLinks links;
    private final RegistrationAssessments assessments;
    private final MaskedSearches maskedSearches;
    private final CampaignStore campaigns;

    public TriageController(QueueSearch queue, RegistrationStore registrations, Cases cases, RegistrationLinks links,
                            RegistrationAssessments assessments, MaskedSearches maskedSearches, CampaignStore campaigns) {
        this.queue = queue;
        this.registrations = registrations;
        this.cases = cases;
        this.links = links;
        this.assessments = assessments;
        this.maskedSearches = maskedSearches;
        this.campaigns = campaigns;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/queue";
    }

    @GetMapping("/queue")
    String queue(@RequestParam Map<String, String> params, @AuthenticationPrincipal SignedInStaff staff,
                 Compartment compartment, HttpSession session, Model model) {
        Filter filter = Filter.from(params);
        int page = Paging.page(params.get("page"));
        QueueSearch.Found found = queue.find(compartment, filter, PAGE_SIZE, page);
        List<String> ids = found.registrations().stream().map(StoredRegistration::id).toList();
        maskedSearches.record(staff.username(), "triage queue", filter.search(), found.total(), ids);
        Set<String> selection = QueueSelection.of(session);
        model.addAttribute("found", found);
        model.addAttribute("registrations", found.registrations());
        model.addAttribute("linkCounts", links.counts(ids, compartment));
        model.addAttribute("assessments", assessments.of(ids, compartment));
        model.addAttribute("depth", filter.narrows() ? queue.depth(compartment) : found.total());
        model.addAttribute("filter", filter);
        model.addAttribute("search", filter.search());
        model.addAttribute("page", page);
        model.addAttribute("pageSize", PAGE_SIZE);
        model.addAttribute("pages", Paging.pages(found.total(), PAGE_SIZE));
        model.addAttribute("selection", selection);
        model.addAttribute("organisations", Organization.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("lists", registrations.listNames(compartment));
        String listShown = filter.cameBy() != null && filter.cameBy().startsWith(Filter.LIST)
                ? filter.cameBy().substring(Filter.LIST.length()) : null;
        model.addAttribute("listShown", listShown);
        model.addAttribute("mayMark", staff.mayApproveOffers());
        model.addAttribute("minReason", CampaignController.MIN_REASON);
        model.addAttribute("listMarked", listShown == null ? 0 : campaigns.markedOfList(listShown, compartment));
        return "queue";
    }

    /**
     * Every button of the queue's form comes here: the page's ticks are taken into the selection
     * first, then the action runs (another page, open a case, add to a case, clear).
     */
    @PostMapping("/queue/selection")
    String selection(@RequestParam Map<String, String> params,
                     @RequestParam(name = "shown", required = false) List<String> shown,
                     @RequestParam(name = "registration", required = false) List<String> ticked,
                     @AuthenticationPrincipal SignedInStaff staff, Compartment compartment, HttpSession session,
                     RedirectAttributes redirect) {
        Filter filter = Filter.from(params);
        int page = Paging.page(params.get("page"));
        // a tick counts only for a registration the page showed, and only if it waits in the reader's queue
        List<String> kept = ticked == null || shown == null ? List.of()
                : List.copyOf(registrations.waiting(ticked.stream().filter(shown::contains).toList(), compartment));
        Set<String> selection = QueueSelection.update(session, shown, kept);
        String action = params.getOrDefault("action", "");
        try {
            if (action.startsWith("page:")) {
                return "redirect:" + filter.query("/queue", Paging.page(action.substring(5)));
            }
            switch (action) {
                case "open-case" -> {
                    long caseId = cases.create(new ArrayList<>(selection), staff);
                    QueueSelection.clear(session);
                    return "redirect:/cases/" + caseId;
                }
                case "add-to-case" -> {
                    long caseId = CaseNumbers.parse(params.get("case"))
                            .orElseThrow(() -> new CaseRuleException("give the number of the case to add to, e.g. C-00042"));
                    cases.addRegistrations(caseId, new ArrayList<>(selection), staff);
                    QueueSelection.clear(session);
                    redirect.addFlashAttribute("notice", selection.size() + " registration(s) added to the case.");
                    return "redirect:/cases/" + caseId;
                }
                case "clear" -> QueueSelection.clear(session);
                default -> {
                    if (action.startsWith("drop:")) {
                        QueueSelection.remove(session, List.of(action.substring(5)));
                    }
                }
            }
        } catch (CaseRuleException refusal) {
            redirect.addFlashAttribute("problem", refusal.getMessage() + ". Nothing was changed; your selection is kept.");
        } catch (org.safepassage.desk.system.NotFound gone) {
            redirect.addFlashAttribute("problem", "A selected registration is not in your team's queue any more. Nothing was changed.");
        }
        return "redirect:" + filter.query("/queue", page);
    }
}
