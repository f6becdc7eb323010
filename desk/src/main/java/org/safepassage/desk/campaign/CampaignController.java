package org.safepassage.desk.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.safepassage.desk.audit.AuditAction;
import org.safepassage.desk.audit.AuditLog;
import org.safepassage.desk.dashboard.SvgBarChart;
import org.safepassage.desk.staff.SignedInStaff;
import org.safepassage.desk.system.Compartment;
import org.safepassage.desk.system.NotFound;
import org.safepassage.vetting.run.Subject;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Campaigns: the list, one campaign with its members, timeline and shared template, and the bulk
 * action that marks its members as planted (they leave the triage queue) or takes that back.
 * Marking is for supervisors and admins, and audited both ways.
 */
@Controller
public class CampaignController {

    /** The shortest reason a planted mark is given with. */
    public static final int MIN_REASON = 10;

    private final CampaignStore campaigns;
    private final AuditLog audit;
    private final Clock clock;

    public CampaignController(CampaignStore campaigns, AuditLog audit, Clock clock) {
        this.campaigns = campaigns;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/campaigns")
    String list(Compartment compartment, Model model) {
        model.addAttribute("campaigns", campaigns.all(compartment));
        return "campaigns";
    }

    @GetMapping("/campaigns/{handle}")
    String show(@PathVariable String handle, @AuthenticationPrincipal SignedInStaff staff, Compartment compartment,
                Model model) {
        CampaignStore.CampaignSummary campaign = campaigns.find(handle, compartment).orElseThrow(NotFound::new);
        List<CampaignStore.Member> members = campaigns.members(campaign.key(), compartment);
        TreeMap<LocalDate, Long> perDay = new TreeMap<>();
        members.forEach(m -> perDay.merge(m.receivedAt().atZone(ZoneOffset.UTC).toLocalDate(), 1L, Long::sum));
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        if (!perDay.isEmpty()) {
            for (LocalDate day = perDay.firstKey(); !day.isAfter(perDay.lastKey()); day = day.plusDays(1)) {
                bars.add(new SvgBarChart.Bar(day.toString(), perDay.getOrDefault(day, 0L)));
            }
        }
        List<String> texts = members.stream().map(m -> Subject.freeText(m.registration())).toList();
        String representative = members.stream().filter(m -> m.id().equals(campaign.representative())).findFirst()
                .map(m -> Subject.freeText(m.registration())).orElse(texts.stream().filter(t -> t != null).findFirst().orElse(null));
        model.addAttribute("campaign", campaign);
        model.addAttribute("members", members);
        model.addAttribute("timeline", SvgBarChart.columns("Members per day", bars));
        model.addAttribute("template", SharedTemplate.highlight(representative, texts));
        model.addAttribute("mayMark", staff.mayApproveOffers());
        model.addAttribute("minReason", MIN_REASON);
        return "campaign";
    }

    @PostMapping("/campaigns/{handle}/planted")
    String mark(@PathVariable String handle, @RequestParam(required = false) String reason,
                @AuthenticationPrincipal SignedInStaff staff, Compartment compartment, RedirectAttributes redirect) {
        CampaignStore.CampaignSummary campaign = campaigns.find(handle, compartment).orElseThrow(NotFound::new);
        if (!mayMark(staff, redirect, "mark a campaign as planted")) {
            return back(handle);
        }
        if (!reasonGiven(reason, redirect, "these registrations are")) {
            return back(handle);
        }
        int marked = campaigns.markPlanted(campaign.key(), compartment, staff.username(), clock.instant());
        audit.append(staff.username(), AuditAction.CAMPAIGN_MARKED, "campaign:" + handle,
                marked + " registrations marked planted: " + reason.strip());
        redirect.addFlashAttribute("notice", marked + " registrations marked as planted; they have left the triage queue. "
                + "Registrations already on a case are left as they are.");
        return back(handle);
    }

    @PostMapping("/campaigns/{handle}/planted/undo")
    String unmark(@PathVariable String handle, @AuthenticationPrincipal SignedInStaff staff, Compartment compartment,
                  RedirectAttributes redirect) {
        CampaignStore.CampaignSummary campaign = campaigns.find(handle, compartment).orElseThrow(NotFound::new);
        if (!mayMark(staff, redirect, "take back a planted mark")) {
            return back(handle);
        }
        int unmarked = campaigns.unmark(campaign.key(), compartment);
        audit.append(staff.username(), AuditAction.CAMPAIGN_UNMARKED, "campaign:" + handle, unmarked + " planted marks taken back");
        redirect.addFlashAttribute("notice", unmarked + " registrations are back in the triage queue.");
        return back(handle);
    }

    /** Whether the reader may mark; when not, the page will say so. */
    /** Whether a reason long enough to mark with was given; when not, the page will say so. */
    static boolean reasonGiven(String reason, RedirectAttributes redirect, String whose) {
        if (reason == null || reason.strip().length() < MIN_REASON) {
            redirect.addFlashAttribute("problem", "Say why " + whose + " planted (at least " + MIN_REASON
                    + " characters): the reason goes to the audit log with the marks. Nothing was marked.");
            return false;
        }
        return true;
    }

    static boolean mayMark(SignedInStaff staff, RedirectAttributes redirect, String action) {
        if (!staff.mayApproveOffers()) {
            redirect.addFlashAttribute("problem", "Only a supervisor or an admin may " + action + ".");
            return false;
        }
        return true;
    }

    private static String back(String handle) {
        return "redirect:/campaigns/" + handle;
    }
}
