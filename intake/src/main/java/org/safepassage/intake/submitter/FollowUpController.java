package org.safepassage.intake.submitter;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.safepassage.core.message.SubmitterCopy;
import org.safepassage.core.receipt.LookupTag;
import org.safepassage.intake.IntakeSettings;
import org.safepassage.intake.submission.Submissions;
import org.safepassage.intake.submission.Upload;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** A follow-up message or file on the thread opened with the receipt in this session. */
@Controller
public class FollowUpController {

    private static final int MAX_MESSAGE = 20_000;

    private final Submissions submissions;
    private final IntakeSettings settings;

    public FollowUpController(Submissions submissions, IntakeSettings settings) {
        this.submissions = submissions;
        this.settings = settings;
    }

    @PostMapping("/followup")
    String send(@RequestParam(name = "message", defaultValue = "") String message,
                @RequestParam(name = "attachments", required = false) List<MultipartFile> files,
                @RequestParam(name = "keepCopy", defaultValue = "false") boolean keepCopy,
                HttpSession session, Locale locale, Model model) {
        Object thread = session.getAttribute(StatusController.THREAD_ATTRIBUTE);
        String text = message.replaceAll("[\\p{Cntrl}&&[^\n\t]]", "").strip();
        if (thread == null) {
            // The session ended: keep the typed message on the page and ask for the receipt again.
            model.addAttribute("draft", text);
            model.addAttribute("receiptError", "session.ended");
            return "status-entry";
        }
        List<Upload> uploads = uploads(files);
        String error = text.length() > MAX_MESSAGE ? "text.tooLong"
                : uploads.size() > settings.maxAttachments() ? "attachments.tooMany"
                : text.isEmpty() && uploads.isEmpty() ? "followup.empty" : null;
        if (error != null) {
            model.addAttribute("followUpError", error);
            model.addAttribute("draft", text);
            model.addAttribute("maxAttachments", settings.maxAttachments());
            return "followup-error";
        }
        SubmitterView.Thread shown = session.getAttribute(StatusController.VIEW_ATTRIBUTE) instanceof SubmitterView.Thread view
                ? view : null;
        List<String> repliesSeen = shown == null ? List.of() : shown.repliesShown();
        String copyTo = keepCopy ? (String) session.getAttribute(StatusController.RECIPIENT_ATTRIBUTE) : null;
        Optional<SubmitterCopy> kept = submissions.followUp(new LookupTag((String) thread),
                "fa".equals(locale.getLanguage()) ? "fa" : "en", text, uploads, repliesSeen, copyTo);
        if (shown != null && kept.isPresent()) {
            SubmitterCopy copy = kept.get();
            session.setAttribute(StatusController.VIEW_ATTRIBUTE,
                    shown.with(new ThreadEntry(true, null, copy.message(), null, copy.sentAt(), copy.files())));
        }
        return "redirect:/status/thread?sent=" + (kept.isPresent() ? "kept" : "plain");
    }

    private List<Upload> uploads(List<MultipartFile> files) {
        List<Upload> uploads = new ArrayList<>();
        if (files == null) {
            return uploads;
        }
        for (MultipartFile file : files) {
            if (!file.isEmpty()) {
                try {
                    uploads.add(new Upload(file.getOriginalFilename(), file.getBytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException("an attachment could not be read", e);
                }
            }
        }
        return uploads;
    }
}
