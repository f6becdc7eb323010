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
import org.safepassage.desk.system.NotFound;
import org.safepassage.vetting.run.Subject;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Campaigns: the list, one campaign with its members, timeline and shared template, and the bulk
 * action that marks its members as planted (they leave the triage queue) or takes that back.
 * Marking is for supervisors and admins, and audited both ways.
 */
@Controller
public class CampaignController {

    private final CampaignStore campaigns;
    private final AuditLog audit;
    private final Clock clock;

    public CampaignController(CampaignStore campaigns, AuditLog audit, Clock clock) {
        this.campaigns = campaigns;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/campaigns")
    String list(Model model) {
        model.addAttribute("campaigns", campaigns.all());
        return "campaigns";
    }

    @GetMapping("/campaigns/{key}")
    String show(@PathVariable String key, @AuthenticationPrincipal SignedInStaff staff, Model model) {
        CampaignStore.CampaignSummary campaign = campaigns.find(key).orElseThrow(NotFound::new);
        List<CampaignStore.Member> members = campaigns.members(key, staff.teamFilter());
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
        return "campaign";
    }

    @PostMapping("/campaigns/{key}/planted")
    String mark(@PathVariable String key, @AuthenticationPrincipal SignedInStaff staff, RedirectAttributes redirect) {
        if (!mayMark(key, staff, redirect, "mark a campaign as planted")) {
            return "redirect:/campaigns/" + key;
        }
        int marked = campaigns.markPlanted(key, staff.username(), clock.instant());
        audit.append(staff.username(), AuditAction.CAMPAIGN_MARKED, "campaign:" + key, marked + " registrations marked planted");
        redirect.addFlashAttribute("notice", marked + " registrations marked as planted; they have left the triage queue. "
                + "Registrations already on a case are left as they are.");
        return "redirect:/campaigns/" + key;
    }

    @PostMapping("/campaigns/{key}/planted/undo")
    String unmark(@PathVariable String key, @AuthenticationPrincipal SignedInStaff staff, RedirectAttributes redirect) {
        if (!mayMark(key, staff, redirect, "take back a planted mark")) {
            return "redirect:/campaigns/" + key;
        }
        int unmarked = campaigns.unmark(key);
        audit.append(staff.username(), AuditAction.CAMPAIGN_UNMARKED, "campaign:" + key, unmarked + " planted marks taken back");
        redirect.addFlashAttribute("notice", unmarked + " registrations are back in the triage queue.");
        return "redirect:/campaigns/" + key;
    }

    /** Whether the campaign exists (else 404) and the reader may mark it; when not, the page will say so. */
    private boolean mayMark(String key, SignedInStaff staff, RedirectAttributes redirect, String action) {
        campaigns.find(key).orElseThrow(NotFound::new);
        if (!staff.mayApproveOffers()) {
            redirect.addFlashAttribute("problem", "Only a supervisor or an admin may " + action + ".");
            return false;
        }
        return true;
    }
}
