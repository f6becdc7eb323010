package org.safepassage.intake.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.safepassage.intake.IntakeSettings;
import org.safepassage.intake.packet.SealerFile;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's frame needs: language, direction, and what to check a broadcast or a forwarded
 * sealer against (the desk key fingerprint, the sealer file's SHA-256, the public address).
 */
@ControllerAdvice
public class PageAttributes {

    private final List<String> fingerprints;
    private final SealerFile sealer;
    private final String publicAddress;

    private final StorageHealth storage;

    public PageAttributes(IntakeKeys keys, SealerFile sealer, IntakeSettings settings, StorageHealth storage) {
        this.storage = storage;
        this.fingerprints = keys.deskFingerprint().map(fingerprint -> List.of(fingerprint.display())).orElse(List.of());
        this.sealer = sealer;
        this.publicAddress = settings.publicAddress();
    }

    @ModelAttribute
    void frame(Model model, Locale locale, HttpServletRequest request) {
        boolean persian = "fa".equals(locale.getLanguage());
        model.addAttribute("lang", persian ? "fa" : "en");
        model.addAttribute("dir", persian ? "rtl" : "ltr");
        model.addAttribute("otherLang", persian ? "en" : "fa");
        model.addAttribute("deskFingerprints", fingerprints);
        model.addAttribute("sealerSha256", sealer.sha256());
        model.addAttribute("sealerShortSha256", sealer.shortSha256());
        model.addAttribute("sealerCodeFingerprint", sealer.codeFingerprint());
        model.addAttribute("publicAddress", publicAddress);
        // said before anyone types or waits: nothing can be stored or read while the database does not answer
        model.addAttribute("storageDown", !storage.available());
        model.addAttribute("currentPath", request.getServletPath().isEmpty() ? "/" : request.getServletPath());
    }
}
