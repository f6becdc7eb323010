package org.safepassage.intake.landing;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page: what SafePassage is, the path it offers, how to stay safe, and the key to check. */
@Controller
public class LandingController {

    private final PathText path;

    public LandingController(PathText path) {
        this.path = path;
    }

    @GetMapping("/")
    String landing(Model model, Locale locale) {
        model.addAttribute("pathHtml", path.html(locale.getLanguage()));
        return "index";
    }
}
