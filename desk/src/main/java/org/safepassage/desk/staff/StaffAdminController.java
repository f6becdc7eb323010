package org.safepassage.desk.staff;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.safepassage.desk.audit.AuditLog;
import org.safepassage.desk.audit.AuditVerifier;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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

    public StaffAdminController(StaffDirectory directory, StaffAccounts accounts, AuditLog audit, AuditVerifier verifier,
                                SignInThrottle throttle) {
        this.throttle = throttle;
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
        model.addAttribute("roles", Role.values());
        return "staff";
    }

    @PostMapping("/staff")
    String create(@RequestParam String username, @RequestParam String password, @RequestParam Role role,
                  @RequestParam String team, @RequestParam(defaultValue = "false") boolean totp,
                  @AuthenticationPrincipal SignedInStaff admin, Model model) {
        char[] secret = password.toCharArray();
        try {
            StaffAccounts.Created created = accounts.create(username, secret, role, team, totp, admin.username());
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
