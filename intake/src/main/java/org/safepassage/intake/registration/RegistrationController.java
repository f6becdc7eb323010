package org.safepassage.intake.registration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import org.safepassage.core.registration.Urgency;
import org.safepassage.intake.IntakeSettings;
import org.safepassage.intake.submission.OutcomeUnknownException;
import org.safepassage.intake.submission.Submissions;
import org.safepassage.intake.submission.Upload;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The registration form: shown, checked field by field, sealed; then the receipt, once. */
@Controller
@RequestMapping("/register")
public class RegistrationController {

    static final String VIEW = "register";
    static final String RECEIPT_ATTRIBUTE = "receipt";
    static final String DURESS_RECEIPT_ATTRIBUTE = "duressReceipt";

    private final Submissions submissions;
    private final IntakeSettings settings;
    private final FormChoices choices;

    private final SecureRandom random;

    public RegistrationController(Submissions submissions, IntakeSettings settings, FormChoices choices, SecureRandom random) {
        this.submissions = submissions;
        this.settings = settings;
        this.choices = choices;
        this.random = random;
    }

    @ModelAttribute
    void choices(Model model) {
        choices.addTo(model);
    }

    @GetMapping
    String form(Model model, Locale locale, HttpSession session) {
        RegistrationForm form = new RegistrationForm();
        form.setSubmission(FormTokens.issue(session, random));
        form.setCalendar(isPersian(locale) ? RegistrationFormReader.SOLAR_HIJRI : RegistrationFormReader.GREGORIAN);
        form.setUrgency(Urgency.MEDIUM.wireName());
        model.addAttribute("form", form);
        return VIEW;
    }

    @PostMapping
    String submit(@ModelAttribute("form") RegistrationForm form, BindingResult errors,
                  @RequestParam(name = "attachments", required = false) List<MultipartFile> files,
                  Locale locale, Model model, RedirectAttributes redirect, HttpSession session) {
        FormTokens.FormKey formKey = FormTokens.accept(session, form.getSubmission(), random);
        form.setSubmission(formKey.token());
        form.padFamily();
        RegistrationFormReader reader = new RegistrationFormReader(form, errors);
        reader.validate();
        List<Upload> uploads = uploads(files, errors);
        if (errors.hasErrors()) {
            model.addAttribute("filesDropped", !uploads.isEmpty());
            return VIEW;
        }
        String language = isPersian(locale) ? "fa" : "en";
        Submissions.Receipts receipts;
        try {
            receipts = submissions.register(uploads,
                    (id, hour, attachments) -> reader.toRegistration(id, hour, language, attachments), form.isDuressReceipt(),
                    formKey.receiptKey());
        } catch (OutcomeUnknownException unknown) {
            // never "nothing was stored": it may have been; the same form sent again is stored at most once
            model.addAttribute("outcomeUnknown", true);
            model.addAttribute("filesDropped", !uploads.isEmpty());
            return VIEW;
        }
        // Held in the in-memory session for exactly one page view, never in a URL.
        redirect.addFlashAttribute(RECEIPT_ATTRIBUTE, receipts.real().display());
        receipts.duress().ifPresent(duress -> redirect.addFlashAttribute(DURESS_RECEIPT_ATTRIBUTE, duress.display()));
        return "redirect:/receipt";
    }

    private List<Upload> uploads(List<MultipartFile> files, BindingResult errors) {
        List<Upload> uploads = new ArrayList<>();
        if (files == null) {
            return uploads;
        }
        for (MultipartFile file : files) {
            if (file.isEmpty()) {
                continue;
            }
            if (file.getSize() > settings.maxAttachmentSize().toBytes()) {
                errors.reject("attachments.tooLarge",
                        new Object[] {settings.maxAttachmentSize().toMegabytes()}, null);
                continue;
            }
            try {
                uploads.add(new Upload(file.getOriginalFilename(), file.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException("an attachment could not be read", e);
            }
        }
        if (uploads.size() > settings.maxAttachments()) {
            errors.reject("attachments.tooMany", new Object[] {settings.maxAttachments()}, null);
        }
        return uploads;
    }

    static boolean isPersian(Locale locale) {
        return "fa".equals(locale.getLanguage());
    }
}
