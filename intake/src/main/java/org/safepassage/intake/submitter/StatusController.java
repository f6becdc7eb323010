package org.safepassage.intake.submitter;

import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.safepassage.core.receipt.InvalidReceiptException;
import org.safepassage.core.receipt.Receipt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A submitter returns with the receipt: status, replies, and a form for a follow-up. The
 * receipt travels only in a POST body; the session keeps the lookup tag, never the receipt.
 */
@Controller
public class StatusController {

    static final String THREAD_ATTRIBUTE = "submitter.thread";

    private final SubmitterView view;

    public StatusController(SubmitterView view) {
        this.view = view;
    }

    @GetMapping("/status")
    String entry() {
        return "status-entry";
    }

    @PostMapping("/status")
    String status(@RequestParam(name = "receipt", defaultValue = "") String typed,
                  @RequestParam(name = "draft", defaultValue = "") String draft,
                  HttpSession session, Model model) {
        model.addAttribute("draft", draft);
        Receipt receipt;
        try {
            receipt = Receipt.parse(typed);
        } catch (InvalidReceiptException e) {
            model.addAttribute("typed", typed);
            model.addAttribute("receiptError", "receipt.format");
            return "status-entry";
        }
        Optional<SubmitterView.Thread> thread = view.open(receipt);
        if (thread.isEmpty()) {
            session.removeAttribute(THREAD_ATTRIBUTE);
            model.addAttribute("typed", typed);
            model.addAttribute("receiptError", "receipt.unknown");
            return "status-entry";
        }
        session.setAttribute(THREAD_ATTRIBUTE, thread.get().tag().hex());
        model.addAttribute("thread", thread.get());
        return "status";
    }
}
