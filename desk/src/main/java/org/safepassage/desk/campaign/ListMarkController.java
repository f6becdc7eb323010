package org.safepassage.desk.campaign;

import java.time.Clock;
import org.safepassage.desk.audit.AuditAction;
import org.safepassage.desk.audit.AuditLog;
import org.safepassage.desk.search.Filter;
import org.safepassage.desk.staff.SignedInStaff;
import org.safepassage.desk.system.Compartment;
import org.safepassage.desk.system.NotFound;
import org.safepassage.desk.transfer.PartnerListImport;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A whole partner's list set aside as planted in one step, as a campaign's members are (for a
 * partner found compromised): its registrations not on a case leave the triage queue, under the
 * list's own mark, and come back when it is taken back. For supervisors and admins, with a reason;
 * audited both ways. The queue narrowed to the list shows the buttons.
 */
@Controller
public class ListMarkController {

    private final CampaignStore campaigns;
    private final AuditLog audit;
    private final Clock clock;

    public ListMarkController(CampaignStore campaigns, AuditLog audit, Clock clock) {
        this.campaigns = campaigns;
        this.audit = audit;
        this.clock = clock;
    }

    @PostMapping("/lists/{list}/planted")
    String mark(@PathVariable String list, @RequestParam(required = false) String reason,
                @AuthenticationPrincipal SignedInStaff staff, Compartment compartment, RedirectAttributes redirect) {
        requireListName(list);
        if (!CampaignController.mayMark(staff, redirect, "set a partner's list aside as planted")) {
            return back(list);
        }
        if (!CampaignController.reasonGiven(reason, redirect, "this list's registrations are")) {
            return back(list);
        }
        int marked = campaigns.markListPlanted(list, compartment, staff.username(), clock.instant());
        audit.append(staff.username(), AuditAction.CAMPAIGN_MARKED, CampaignStore.listKey(list),
                marked + " registrations marked planted: " + reason.strip());
        redirect.addFlashAttribute("notice", marked + " registrations of the list " + list + " marked as planted; they have left "
                + "the triage queue. Registrations already on a case are left as they are.");
        return back(list);
    }

    @PostMapping("/lists/{list}/planted/undo")
    String unmark(@PathVariable String list, @AuthenticationPrincipal SignedInStaff staff, Compartment compartment,
                  RedirectAttributes redirect) {
        requireListName(list);
        if (!CampaignController.mayMark(staff, redirect, "take back a list's planted marks")) {
            return back(list);
        }
        int unmarked = campaigns.unmark(CampaignStore.listKey(list), compartment);
        audit.append(staff.username(), AuditAction.CAMPAIGN_UNMARKED, CampaignStore.listKey(list), unmarked + " planted marks taken back");
        redirect.addFlashAttribute("notice", unmarked + " registrations of the list " + list + " are back in the triage queue.");
        return back(list);
    }

    private static void requireListName(String list) {
        if (!PartnerListImport.LIST_NAME.matcher(list).matches()) {
            throw new NotFound();
        }
    }

    private static String back(String list) {
        return "redirect:/queue?from=" + Filter.LIST + list;
    }
}
