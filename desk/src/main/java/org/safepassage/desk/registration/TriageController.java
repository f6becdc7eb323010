package org.safepassage.desk.registration;

import java.util.List;
import org.safepassage.desk.audit.AuditAction;
import org.safepassage.desk.audit.AuditLog;
import org.safepassage.desk.casework.CaseRuleException;
import org.safepassage.desk.casework.Cases;
import org.safepassage.desk.duress.DuressStore;
import org.safepassage.desk.staff.SignedInStaff;
import org.safepassage.desk.system.Compartment;
import org.safepassage.desk.system.NotFound;
import org.safepassage.desk.vetting.ReferenceScreening;
import org.safepassage.desk.vetting.RegistrationAssessments;
import org.safepassage.desk.vetting.RegistrationLinks;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The triage queue: registrations not yet on a case, and opening a case from them. */
@Controller
public class TriageController {

    static final int PAGE_SIZE = 50;

    private final RegistrationStore registrations;
    private final Cases cases;
    private final AuditLog audit;
    private final RegistrationLinks links;
    private final ReferenceScreening screening;
    private final RegistrationAssessments assessments;
    private final DuressStore duress;

    public TriageController(RegistrationStore registrations, Cases cases, AuditLog audit, RegistrationLinks links,
                            ReferenceScreening screening, RegistrationAssessments assessments, DuressStore duress) {
        this.duress = duress;
        this.assessments = assessments;
        this.registrations = registrations;
        this.cases = cases;
        this.audit = audit;
        this.links = links;
        this.screening = screening;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/queue";
    }

    @GetMapping("/queue")
    String queue(@RequestParam(defaultValue = "0") int page, Compartment compartment, Model model) {
        int current = Math.max(0, page);
        List<StoredRegistration> waiting = registrations.queue(compartment, PAGE_SIZE, current * PAGE_SIZE);
        model.addAttribute("registrations", waiting);
        List<String> ids = waiting.stream().map(StoredRegistration::id).toList();
        model.addAttribute("linkCounts", links.counts(ids, compartment));
        model.addAttribute("assessments", assessments.of(ids, compartment));
        model.addAttribute("depth", registrations.queueDepth(compartment));
        model.addAttribute("page", current);
        model.addAttribute("pageSize", PAGE_SIZE);
        return "queue";
    }

    @GetMapping("/registrations/{id}")
    String registration(@PathVariable String id, @AuthenticationPrincipal SignedInStaff staff, Compartment compartment,
                        Model model) {
        StoredRegistration registration = registrations.find(id, compartment).orElseThrow(NotFound::new);
        audit.append(staff.username(), AuditAction.REGISTRATION_VIEW, "registration:" + id, "viewed (identity masked)");
        model.addAttribute("registration", registration);
        model.addAttribute("links", links.of(id, compartment));
        // identity fields are always masked here, so are the names a hit would quote
        model.addAttribute("hits", screening.hitsOf(id, compartment).stream().map(ReferenceScreening.Hit::masked).toList());
        model.addAttribute("assessment", assessments.of(id, compartment).orElse(null));
        model.addAttribute("duress", duress.ofRegistration(id, compartment).orElse(null));
        return "registration";
    }

    @PostMapping("/cases")
    String createCase(@RequestParam(name = "registration", required = false) List<String> ids,
                      @AuthenticationPrincipal SignedInStaff staff, RedirectAttributes redirect) {
        try {
            long caseId = cases.create(ids, staff);
            return "redirect:/cases/" + caseId;
        } catch (CaseRuleException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/queue";
        }
    }
}
