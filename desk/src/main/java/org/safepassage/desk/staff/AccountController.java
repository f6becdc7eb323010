package org.safepassage.desk.staff;

import java.util.Arrays;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's own account: who they are, and changing their password (required after a reset). */
@Controller
public class AccountController {

    private final StaffAccounts accounts;
    private final StaffDirectory directory;

    public AccountController(StaffAccounts accounts, StaffDirectory directory) {
        this.accounts = accounts;
        this.directory = directory;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal SignedInStaff staff, Model model) {
        StaffMember member = directory.byId(staff.id()).orElseThrow();
        model.addAttribute("member", member);
        model.addAttribute("minLength", StaffAccounts.MIN_PASSWORD_LENGTH);
        return "account";
    }

    @PostMapping(AccountCheck.CHANGE_PASSWORD)
    String change(@RequestParam(defaultValue = "") String current, @RequestParam(defaultValue = "") String chosen,
                  @RequestParam(defaultValue = "") String repeated, @AuthenticationPrincipal SignedInStaff staff,
                  RedirectAttributes redirect) {
        char[] currentChars = current.toCharArray();
        char[] chosenChars = chosen.toCharArray();
        char[] repeatedChars = repeated.toCharArray();
        try {
            accounts.changeOwnPassword(staff.id(), currentChars, chosenChars, repeatedChars);
            redirect.addFlashAttribute("notice", "Your password is changed.");
            return "redirect:/queue";
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", "Password not changed. " + e.getMessage());
            return "redirect:/account";
        } finally {
            Arrays.fill(currentChars, '\0');
            Arrays.fill(chosenChars, '\0');
            Arrays.fill(repeatedChars, '\0');
        }
    }
}
