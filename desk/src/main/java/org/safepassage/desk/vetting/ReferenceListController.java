package org.safepassage.desk.vetting;

import java.io.IOException;
import org.safepassage.desk.progress.LongWork;
import org.safepassage.desk.progress.LongWorkPage;
import org.safepassage.desk.progress.Task;
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

    private static final int PROBLEMS_SHOWN = 20;

    private final ReferenceScreening screening;
    private final LongWork work;

    public ReferenceListController(ReferenceScreening screening, LongWork work) {
        this.screening = screening;
        this.work = work;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("lists", screening.lists());
        LongWorkPage.show(model, work, Task.Kind.SCREENING);
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
            redirect.addFlashAttribute("notice", uploaded.name() + ": " + uploaded.persons() + " persons stored. Every "
                    + "registration held is now screened against it (progress below); new ones are screened on import."
                    + (uploaded.problems().isEmpty() ? "" : " " + uploaded.problems().size() + " lines were left out:"));
            redirect.addFlashAttribute("lineProblems", uploaded.problems().stream().limit(PROBLEMS_SHOWN).toList());
        } catch (IOException e) {
            redirect.addFlashAttribute("problem", "List refused, nothing stored: " + e.getMessage());
        }
        return "redirect:/admin/references";
    }
}
