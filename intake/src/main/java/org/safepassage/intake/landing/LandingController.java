package org.safepassage.intake.landing;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The first page: what SafePassage is, the path it offers, how to stay safe, and the key to check. */
@Controller
public class LandingController {

    private final PathText path;

    public LandingController(PathText path) {
        this.path = path;
    }

    @GetMapping("/")
    String landing(@RequestParam(required = false) String closed, Model model, Locale locale) {
        model.addAttribute("closed", closed != null);
        model.addAttribute("pathHtml", path.html(locale.getLanguage()));
        return "index";
    }
}
