package org.safepassage.intake.admission;

import jakarta.servlet.http.HttpServletRequest;
import org.safepassage.intake.IntakeSettings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admission page during a flood. With JavaScript, the browser finds the proof of work (a few
 * seconds on a phone) and posts it; without, the page refreshes itself after a short wait and is
 * let in when the wait is over and the wait line has room. Neither path makes a session until the
 * visitor is admitted, and neither needs the CSRF token (there is nothing to forge: admission only
 * lets the same browser on).
 */
@Controller
public class AdmissionController {

    private final FloodDetector flood;
    private final ProofOfWork work;
    private final WaitLine waitLine;
    private final int waitSeconds;

    public AdmissionController(FloodDetector flood, ProofOfWork work, WaitLine waitLine, IntakeSettings settings) {
        this.flood = flood;
        this.work = work;
        this.waitLine = waitLine;
        this.waitSeconds = settings.waitSeconds();
    }

    @GetMapping("/admission")
    String page(@RequestParam(name = "next", required = false) String next, HttpServletRequest request, Model model) {
        if (Admission.admitted(request) || !flood.guarded()) {
            Admission.admit(request);
            return "redirect:" + Admission.next(next);
        }
        return challenge(Admission.next(next), work.issue(ProofOfWork.Kind.WAIT, 0), false, model);
    }

    @PostMapping("/admission")
    String worked(@RequestParam(name = "token", defaultValue = "") String token,
                  @RequestParam(name = "nonce", defaultValue = "") String nonce,
                  @RequestParam(name = "next", required = false) String next, HttpServletRequest request, Model model) {
        var read = work.read(token, ProofOfWork.Kind.WORK);
        if (read.isPresent() && work.solved(read.get(), nonce)) {
            Admission.admit(request);
            return "redirect:" + Admission.next(next);
        }
        return challenge(Admission.next(next), work.issue(ProofOfWork.Kind.WAIT, 0), true, model);
    }

    /** Where the page without JavaScript refreshes to; the wait token says since when it has waited. */
    @GetMapping("/admission/wait")
    String waited(@RequestParam(name = "token", defaultValue = "") String token,
                  @RequestParam(name = "next", required = false) String next, HttpServletRequest request, Model model) {
        var read = work.read(token, ProofOfWork.Kind.WAIT);
        if (read.isPresent() && read.get().ageSeconds() >= waitSeconds && waitLine.letIn() && work.spend(read.get())) {
            Admission.admit(request);
            return "redirect:" + Admission.next(next);
        }
        // Too early, a full line, or a token from long ago: wait again, with the old token while it is good.
        String again = read.isPresent() && read.get().ageSeconds() < ProofOfWork.VALID_SECONDS - waitSeconds
                ? token : work.issue(ProofOfWork.Kind.WAIT, 0);
        return challenge(Admission.next(next), again, false, model);
    }

    private String challenge(String next, String waitToken, boolean failed, Model model) {
        int bits = flood.bits();
        model.addAttribute("next", next);
        model.addAttribute("workToken", work.issue(ProofOfWork.Kind.WORK, bits));
        model.addAttribute("bits", bits);
        model.addAttribute("waitToken", waitToken);
        model.addAttribute("waitSeconds", waitSeconds);
        model.addAttribute("failed", failed);
        return "admission";
    }
}
