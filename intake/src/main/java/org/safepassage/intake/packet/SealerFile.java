package org.safepassage.intake.packet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.safepassage.core.digest.Sha256;
import org.safepassage.core.envelope.AgeRecipient;
import org.safepassage.core.json.Json;
import org.safepassage.core.text.HexGroups;
import org.safepassage.intake.IntakeSettings;
import org.safepassage.intake.system.IntakeKeys;
import org.springframework.stereotype.Component;

/**
 * The offline sealer as this deployment hands it out: the built page ({@code sealer/dist/sealer.html})
 * with the desk recipients and the intake's public address written in. Made once at start, so every
 * download is the same file and its SHA-256, shown on the landing page and the card, can be checked.
 */
@Component
public class SealerFile {

    static final String RESOURCE = "/sealer/sealer.html";
    static final String PLACEHOLDER = "<script type=\"application/json\" id=\"deployment\">{\"recipients\":[]}</script>";

    private final byte[] bytes;
    private final String sha256;
    private final String codeFingerprint;

    public SealerFile(IntakeKeys keys, IntakeSettings settings) {
        String page = load();
        if (!page.contains(PLACEHOLDER)) {
            throw new IllegalStateException("the built sealer has no place for the deployment's keys; rebuild it (cd sealer && npm run build)");
        }
        Map<String, Object> deployment = new LinkedHashMap<>();
        deployment.put("recipients", keys.recipients().stream().map(AgeRecipient::value).toList());
        String address = settings.publicAddress();
        if (address != null && !address.isBlank()) {
            String base = address.strip().replaceAll("/+$", "");
            deployment.put("packetAddress", base + "/packet");
            deployment.put("statusAddress", base + "/status");
        }
        String json = Json.MAPPER.writeValueAsString(deployment).replace("<", "\\u003c");
        this.bytes = page.replace(PLACEHOLDER, "<script type=\"application/json\" id=\"deployment\">" + json + "</script>")
                .getBytes(StandardCharsets.UTF_8);
        this.sha256 = Sha256.hex(bytes);
        this.codeFingerprint = codeFingerprint(page);
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** SHA-256 of the file in lower-case hex, as {@code sha256sum} prints it. */
    public String sha256() {
        return sha256;
    }

    /** The first 80 bits of the SHA-256, in five groups of four: short enough to compare by eye or read aloud. */
    public String shortSha256() {
        return HexGroups.of(HexFormat.of().parseHex(sha256), 10);
    }

    /**
     * What the sealer shows as its own fingerprint: SHA-256 over its style, its texts and its code,
     * joined by new lines, as five groups of four hex digits. The same for every deployment of one build.
     */
    public String codeFingerprint() {
        return codeFingerprint;
    }


    private static String load() {
        try (InputStream in = SealerFile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the offline sealer " + RESOURCE + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String codeFingerprint(String page) {
        String style = between(page, "<style>", "</style>");
        String texts = between(page, "<script type=\"application/json\" id=\"texts\">", "</script>");
        int code = page.lastIndexOf("<script>");
        String script = page.substring(code + "<script>".length(), page.indexOf("</script>", code));
        return HexGroups.of(Sha256.of(String.join("\n", style, texts, script).getBytes(StandardCharsets.UTF_8)), 10);
    }

    private static String between(String page, String open, String close) {
        int start = page.indexOf(open);
        if (start < 0) {
            throw new IllegalStateException("the built sealer lacks " + open + "; rebuild it (cd sealer && npm run build)");
        }
        start += open.length();
        return page.substring(start, page.indexOf(close, start));
    }

}
