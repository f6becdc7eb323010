package org.safepassage.desk.staff;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.safepassage.desk.audit.AuditLog;
import org.safepassage.desk.audit.AuditVerifier;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.safepassage.desk.system.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Admins: staff accounts and teams, and the audit log with its chain check. */
@Controller
@RequestMapping("/admin")
public class StaffAdminController {

    private final StaffDirectory directory;
    private final StaffAccounts accounts;
    private final AuditLog audit;
    private final AuditVerifier verifier;
    private final SignInThrottle throttle;
    private final StaffAdministration administration;
    private final AdminGrants grants;

    public StaffAdminController(StaffDirectory directory, StaffAccounts accounts, AuditLog audit, AuditVerifier verifier,
                                SignInThrottle throttle, StaffAdministration administration, AdminGrants grants) {
        this.throttle = throttle;
        this.administration = administration;
        this.grants = grants;
        this.directory = directory;
        this.accounts = accounts;
        this.audit = audit;
        this.verifier = verifier;
    }

    @GetMapping("/staff")
    String staff(Model model) {
        List<StaffMember> members = directory.all();
        model.addAttribute("members", members);
        model.addAttribute("pausedFrom", members.stream().collect(Collectors.toMap(StaffMember::username,
                member -> throttle.pausedAddresses(member.username()))));
        model.addAttribute("teams", directory.teams());
        model.addAttribute("roles", List.of(Role.ANALYST, Role.SUPERVISOR));
        model.addAttribute("pendingGrants", grants.pending());
        return "staff";
    }

    @GetMapping("/staff/{id}")
    String member(@PathVariable long id, Model model) {
        StaffMember member = directory.byId(id).orElseThrow(NotFound::new);
        model.addAttribute("member", member);
        model.addAttribute("paused", throttle.pausedAddresses(member.username()));
        model.addAttribute("grant", grants.of(id).orElse(null));
        model.addAttribute("teams", directory.teams());
        model.addAttribute("roles", Role.values());
        model.addAttribute("minReason", StaffAdministration.MIN_REASON);
        return "staff-member";
    }

    @PostMapping("/staff/{id}/unlock")
    String unlock(@PathVariable long id, @AuthenticationPrincipal SignedInStaff admin, Model model) {
        return act(id, model, () -> {
            int released = administration.unlock(id, admin);
            model.addAttribute("notice", released == 0 ? "No sign-in pause was running; nothing to unlock."
                    : "Unlocked: sign-in is open again from " + released + " address(es).");
            return null;
        });
    }

    @PostMapping("/staff/{id}/password")
    String resetPassword(@PathVariable long id, @AuthenticationPrincipal SignedInStaff admin, Model model) {
        return act(id, model, () -> administration.resetPassword(id, admin));
    }

    @PostMapping("/staff/{id}/second-factor")
    String resetSecondFactor(@PathVariable long id, @AuthenticationPrincipal SignedInStaff admin, Model model) {
        return act(id, model, () -> administration.resetSecondFactor(id, admin));
    }

    @PostMapping("/staff/{id}/disable")
    String disable(@PathVariable long id, @RequestParam(required = false) String reason,
                   @AuthenticationPrincipal SignedInStaff admin, Model model) {
        return act(id, model, () -> {
            administration.disable(id, reason, admin);
            model.addAttribute("notice", "Disabled: the account cannot sign in, and its sessions have ended.");
            return null;
        });
    }

    @PostMapping("/staff/{id}/enable")
    String enable(@PathVariable long id, @AuthenticationPrincipal SignedInStaff admin, Model model) {
        return act(id, model, () -> {
            administration.enable(id, admin);
            model.addAttribute("notice", "Enabled: the account can sign in again.");
            return null;
        });
    }

    @PostMapping("/staff/{id}/role")
    String role(@PathVariable long id, @RequestParam(required = false) String role, @RequestParam(required = false) String reason,
                @AuthenticationPrincipal SignedInStaff admin, Model model) {
        return act(id, model, () -> {
            Role chosen = java.util.Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst()
                    .orElseThrow(() -> new StaffRuleException("choose a role"));
            StaffAdministration.Handover handover = administration.changeRole(id, chosen, reason, admin);
            model.addAttribute("notice", chosen == Role.ADMIN ? "Asked: another admin must approve before the role changes."
                    : "Role changed; the person signs in again to use it.");
            return handover;
        });
    }

    @PostMapping("/staff/{id}/admin-grant/approve")
    String approveAdmin(@PathVariable long id, @AuthenticationPrincipal SignedInStaff admin, Model model) {
        return act(id, model, () -> {
            StaffAdministration.Handover handover = administration.approveAdmin(id, admin);
            model.addAttribute("notice", "Approved: the person is now an admin, from their next sign-in.");
            return handover;
        });
    }

    @PostMapping("/staff/{id}/admin-grant/withdraw")
    String withdrawAdmin(@PathVariable long id, @AuthenticationPrincipal SignedInStaff admin, Model model) {
        return act(id, model, () -> {
            administration.withdrawAdminRequest(id, admin);
            model.addAttribute("notice", "The request is withdrawn.");
            return null;
        });
    }

    @PostMapping("/staff/{id}/team")
    String team(@PathVariable long id, @RequestParam(required = false) String team, @RequestParam(required = false) String reason,
                @AuthenticationPrincipal SignedInStaff admin, Model model) {
        return act(id, model, () -> {
            int unassigned = administration.changeTeam(id, team, reason, admin);
            model.addAttribute("notice", "Moved to team " + team.strip() + "."
                    + (unassigned > 0 ? " " + unassigned + " of their cases in the old team are now unassigned." : ""));
            return null;
        });
    }

    /**
     * Runs an action on one account and shows its page again: with what to hand over (shown once,
     * never kept) or with the rule that refused it.
     */
    private String act(long id, Model model, java.util.function.Supplier<StaffAdministration.Handover> action) {
        try {
            StaffAdministration.Handover handover = action.get();
            if (handover != null) {
                model.addAttribute("handover", handover);
                if (handover.totpSecret() != null) {
                    model.addAttribute("qr", QrSvg.of(handover.enrolmentUri()));
                }
            }
        } catch (StaffRuleException refusal) {
            model.addAttribute("problem", refusal.getMessage() + ". Nothing was changed.");
        }
        return member(id, model);
    }

    @PostMapping("/staff")
    String create(@RequestParam String username, @RequestParam String password, @RequestParam Role role,
                  @RequestParam String team, @RequestParam(defaultValue = "false") boolean totp,
                  @AuthenticationPrincipal SignedInStaff admin, Model model) {
        char[] secret = password.toCharArray();
        if (role == Role.ADMIN) {
            model.addAttribute("problem", "An admin account is not created in one step: create it as analyst or supervisor, "
                    + "then change its role to admin, which a second admin approves. Nothing was created.");
            model.addAttribute("draftUsername", username);
            model.addAttribute("draftTeam", team);
            Arrays.fill(secret, '\0');
            return staff(model);
        }
        try {
            StaffAccounts.Created created = accounts.create(username, secret, role, team, totp, admin.username());
            // the admin typed it: the person replaces it with their own at their first sign-in
            directory.requirePasswordChange(created.member().id());
            model.addAttribute("created", created);
            if (created.totpSecret() != null) {
                model.addAttribute("qr", QrSvg.of(created.enrolmentUri()));
            }
        } catch (IllegalArgumentException e) {
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("draftUsername", username);
            model.addAttribute("draftTeam", team);
        } finally {
            Arrays.fill(secret, '\0');
        }
        return staff(model);
    }

    @GetMapping("/audit")
    String audit(Model model) {
        model.addAttribute("entries", audit.latest(200));
        model.addAttribute("check", verifier.verify());
        return "audit";
    }
}
