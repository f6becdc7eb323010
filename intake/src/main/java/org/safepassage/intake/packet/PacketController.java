package org.safepassage.intake.packet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.safepassage.intake.upload.UploadAdmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The page where anyone delivers packets: pasted parts, a text file, or both, in any order. Works
 * without JavaScript. The text comes back into the form when parts are missing or damaged, so the
 * relay only adds what the page names. Bodies above {@link UploadAdmission#PACKET_BODY_BYTES} are
 * refused before they are read.
 */
@Controller
public class PacketController {

    private final PacketDelivery delivery;

    public PacketController(PacketDelivery delivery) {
        this.delivery = delivery;
    }

    @GetMapping("/packet")
    String form() {
        return "packet";
    }

    @PostMapping("/packet")
    String deliver(@RequestParam(name = "parts", defaultValue = "") String parts,
                   @RequestParam(name = "file", required = false) MultipartFile file, Locale locale, Model model)
            throws IOException {
        String text = file == null || file.isEmpty() ? parts : parts + "\n" + new String(file.getBytes(), StandardCharsets.UTF_8);
        PacketDelivery.Outcome outcome = delivery.deliver(text);
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        String separator = "fa".equals(locale.getLanguage()) ? "، " : ", ";
        model.addAttribute("outcome", outcome);
        model.addAttribute("missing", outcome.incomplete().stream().map(incomplete -> new Missing(incomplete.packetId(),
                incomplete.missing().stream().map(numbers::format).collect(Collectors.joining(separator)),
                incomplete.total())).toList());
        model.addAttribute("parts", outcome.incomplete().isEmpty() && outcome.problems().isEmpty() ? "" : text);
        return "packet";
    }

    /** An incomplete packet as the page names it: which part numbers are missing, in the reader's digits. */
    record Missing(String packetId, String parts, int total) {
    }
}
