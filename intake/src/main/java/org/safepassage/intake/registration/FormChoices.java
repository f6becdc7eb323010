package org.safepassage.intake.registration;

import org.safepassage.core.registration.Organization;
import org.safepassage.core.registration.Relation;
import org.safepassage.core.registration.Urgency;
import org.safepassage.intake.IntakeSettings;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The fixed choices and limits the registration page offers. */
@Component
public class FormChoices {

    private final IntakeSettings settings;

    public FormChoices(IntakeSettings settings) {
        this.settings = settings;
    }

    public void addTo(Model model) {
        model.addAttribute("organizations", Organization.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("relations", Relation.values());
        model.addAttribute("maxAttachments", settings.maxAttachments());
        model.addAttribute("maxAttachmentMegabytes", settings.maxAttachmentSize().toMegabytes());
    }
}
