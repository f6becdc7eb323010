package org.safepassage.desk.registration;

import java.util.List;
import org.safepassage.desk.audit.AuditAction;
import org.safepassage.desk.audit.AuditLog;
import org.safepassage.desk.casework.CaseNumbers;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One registration, identities masked, with its assessment, the registrations vetting links to it
 * and its reference-list hits; from here it opens a case or joins an existing one.
 */
@Controller
public class RegistrationController {

    private final RegistrationStore registrations;
    private final Cases cases;
    private final AuditLog audit;
    private final RegistrationLinks links;
    private final ReferenceScreening screening;
    private final RegistrationAssessments assessments;
    private final DuressStore duress;

    public RegistrationController(RegistrationStore registrations, Cases cases, AuditLog audit, RegistrationLinks links,
                                  ReferenceScreening screening, RegistrationAssessments assessments, DuressStore duress) {
        this.registrations = registrations;
        this.cases = cases;
        this.audit = audit;
        this.links = links;
        this.screening = screening;
        this.assessments = assessments;
        this.duress = duress;
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

    /** Opens a case for registrations of one person (the registration page's button). */
    @PostMapping("/cases")
    String createCase(@RequestParam(name = "registration", required = false) List<String> ids,
                      @AuthenticationPrincipal SignedInStaff staff, RedirectAttributes redirect) {
        try {
            long caseId = cases.create(ids, staff);
            return "redirect:/cases/" + caseId;
        } catch (CaseRuleException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return ids != null && ids.size() == 1 ? "redirect:" + page(ids.get(0)) : "redirect:/queue";
        }
    }

    /** Adds this registration to an existing case, named by its number. */
    @PostMapping("/registrations/{id}/join")
    String join(@PathVariable String id, @RequestParam(name = "case", required = false) String caseNumber,
                @AuthenticationPrincipal SignedInStaff staff, RedirectAttributes redirect) {
        try {
            long caseId = CaseNumbers.parse(caseNumber)
                    .orElseThrow(() -> new CaseRuleException("give the number of the case to add it to, e.g. C-00042"));
            cases.addRegistrations(caseId, List.of(id), staff);
            redirect.addFlashAttribute("notice", "Registration " + id + " added to the case.");
            return "redirect:/cases/" + caseId;
        } catch (CaseRuleException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:" + page(id);
        }
    }

    /** The registration page's path, encoded (the id comes from the request). */
    static String page(String id) {
        return UriComponentsBuilder.fromPath("/registrations/{id}").buildAndExpand(id).encode().toUriString();
    }
}
