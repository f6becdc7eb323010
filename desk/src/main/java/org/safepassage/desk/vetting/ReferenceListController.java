package org.safepassage.desk.vetting;

import java.io.IOException;
import org.safepassage.desk.staff.SignedInStaff;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins upload reference lists (FollowTheMoney JSON lines or CSV) that every registration is screened against. */
@Controller
@RequestMapping("/admin/references")
public class ReferenceListController {

    private final ReferenceScreening screening;

    public ReferenceListController(ReferenceScreening screening) {
        this.screening = screening;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("lists", screening.lists());
        return "references";
    }

    @PostMapping
    String upload(@RequestParam("list") MultipartFile list, @AuthenticationPrincipal SignedInStaff admin,
                  RedirectAttributes redirect) {
        if (list.isEmpty()) {
            redirect.addFlashAttribute("problem", "Choose a reference list file (.jsonl from OpenSanctions, or .csv).");
            return "redirect:/admin/references";
        }
        try {
            ReferenceScreening.Uploaded uploaded = screening.upload(list.getOriginalFilename(), list.getBytes(), admin.username());
            redirect.addFlashAttribute("notice", uploaded.name() + ": " + uploaded.persons() + " persons. Every registration "
                    + "held is being screened against it in the background; new ones are screened on import."
                    + (uploaded.problems().isEmpty() ? "" : " " + uploaded.problems().size() + " lines could not be read, the first: "
                    + uploaded.problems().get(0)));
        } catch (IOException e) {
            redirect.addFlashAttribute("problem", "List refused, nothing stored: " + e.getMessage());
        }
        return "redirect:/admin/references";
    }
}
