package org.safepassage.intake.packet;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Hands out the offline sealer as a file to keep, and the printable card to check it against. */
@Controller
public class SealerController {

    private final SealerFile sealer;

    public SealerController(SealerFile sealer) {
        this.sealer = sealer;
    }

    @GetMapping("/sealer.html")
    ResponseEntity<byte[]> download() {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("safepassage-sealer.html").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(sealer.bytes());
    }

    @GetMapping("/card")
    String card() {
        return "card";
    }
}
