package org.safepassage.intake.submitter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.safepassage.core.receipt.InvalidReceiptException;
import org.safepassage.core.receipt.LookupTag;
import org.safepassage.core.receipt.Receipt;
import org.safepassage.core.receipt.ReplyKeys;
import org.safepassage.intake.submission.Submissions;
import org.springframework.http.HttpStatus;
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
    /** The thread as opened (memory only): shown again after a follow-up without the receipt. */
    static final String VIEW_ATTRIBUTE = "submitter.view";
    /** The submitter's reply recipient (a public key): their own messages are kept sealed to it. */
    static final String RECIPIENT_ATTRIBUTE = "submitter.recipient";

    private final SubmitterView view;
    private final ReceiptAttempts attempts;
    private final Submissions submissions;

    public StatusController(SubmitterView view, ReceiptAttempts attempts, Submissions submissions) {
        this.view = view;
        this.attempts = attempts;
        this.submissions = submissions;
    }

    @GetMapping("/status")
    String entry() {
        return "status-entry";
    }

    @PostMapping("/status")
    String status(@RequestParam(name = "receipt", defaultValue = "") String typed,
                  @RequestParam(name = "draft", defaultValue = "") String draft,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        HttpSession session = request.getSession();
        model.addAttribute("draft", draft);
        model.addAttribute("typed", typed);
        if (attempts.mustWait(session)) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", "60");
            model.addAttribute("receiptError", "receipt.wait");
            return "status-entry";
        }
        Receipt receipt;
        try {
            receipt = Receipt.parse(typed);
        } catch (InvalidReceiptException e) {
            attempts.failed(session);
            model.addAttribute("receiptError", "receipt.format");
            return "status-entry";
        }
        Optional<SubmitterView.Thread> thread = view.open(receipt);
        if (thread.isEmpty()) {
            attempts.failed(session);
            session.removeAttribute(THREAD_ATTRIBUTE);
            model.addAttribute("receiptError", "receipt.unknown");
            return "status-entry";
        }
        // A new session id once a receipt opens a thread: an id seen before (fixed by someone, or in
        // a shared browser's history of cookies) does not carry into the opened thread.
        request.changeSessionId();
        session.setAttribute(THREAD_ATTRIBUTE, thread.get().tag());
        session.setAttribute(VIEW_ATTRIBUTE, thread.get());
        session.setAttribute(RECIPIENT_ATTRIBUTE, ReplyKeys.recipient(receipt).value());
        // The same for every thread: the desk learns this way that a duress receipt was used.
        submissions.visited(new LookupTag(thread.get().tag()));
        model.addAttribute("typed", null);
        model.addAttribute("thread", thread.get());
        return "status";
    }

    /** The thread opened in this session, again (after a follow-up); without one, the receipt is asked for. */
    @GetMapping("/status/thread")
    String thread(@RequestParam(name = "sent", required = false) String sent, HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        Object thread = session == null ? null : session.getAttribute(VIEW_ATTRIBUTE);
        if (!(thread instanceof SubmitterView.Thread opened)) {
            return "redirect:/status";
        }
        model.addAttribute("thread", opened);
        model.addAttribute("sent", "kept".equals(sent) ? "kept" : sent == null ? null : "plain");
        return "status";
    }

    /** Closes the thread on this device: the session ends, nothing of it stays in the browser. */
    @PostMapping("/status/close")
    String close(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return "redirect:/?closed";
    }
}
