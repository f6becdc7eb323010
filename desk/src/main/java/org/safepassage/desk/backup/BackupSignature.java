package org.safepassage.desk.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.safepassage.core.digest.Sha256;
import org.safepassage.core.signing.SigningKey;
import org.safepassage.core.signing.VerifyingKey;

/**
 * The detached signature beside a backup ({@code <backup>.sig}): the desk's Ed25519 signature over
 * the SHA-256 of the whole sealed file. Anyone holding the offline <em>public</em> recipient can seal a
 * file; only the desk's signing key makes a signature, so a restore checks it before it opens,
 * unpacks or reads anything of the backup.
 */
public final class BackupSignature {

    static final String FORMAT = "safepassage.desk-backup-signature/2";
    private static final int MAX_BYTES = 4096;

    private BackupSignature() {
    }

    /** The signature file that goes with a backup file unless another is named. */
    public static Path besides(Path backup) {
        return backup.resolveSibling(backup.getFileName() + ".sig");
    }

    /** Signs {@code backup} as it is now into {@code signatureFile}. */
    public static void write(Path backup, SigningKey key, Path signatureFile) throws IOException {
        String sha256 = sha256Of(backup);
        byte[] signature = key.sign(message(sha256));
        String text = FORMAT + "\n"
                + "file-sha256: " + sha256 + "\n"
                + "signed-by: " + key.verifyingKey().fingerprint() + "\n"
                + "signature: " + Base64.getEncoder().encodeToString(signature) + "\n";
        Files.writeString(signatureFile, text, StandardCharsets.US_ASCII);
    }

    /**
     * Checks the signature over the file as it is now; returns the SHA-256 it vouches for, so that the
     * restore can check that the bytes it then decrypts are those same bytes.
     */
    static String verify(Path backup, Path signatureFile, VerifyingKey desk) throws IOException {
        if (!Files.isRegularFile(signatureFile)) {
            throw new IOException("the backup has no signature file " + signatureFile + ": a backup is restored only with "
                    + "the signature of the desk that made it (./run desk backup writes it beside the backup); nothing was restored");
        }
        if (Files.size(signatureFile) > MAX_BYTES) {
            throw new IOException(signatureFile + " is not a backup signature; nothing was restored");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        String[] lines = Files.readString(signatureFile, StandardCharsets.US_ASCII).split("\n");
        if (lines.length == 0 || !lines[0].strip().equals(FORMAT)) {
            throw new IOException(signatureFile + " is not a " + FORMAT + " file; nothing was restored");
        }
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                fields.put(lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip());
            }
        }
        String claimed = fields.getOrDefault("file-sha256", "");
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(fields.getOrDefault("signature", ""));
        } catch (IllegalArgumentException e) {
            throw new IOException("the backup signature is damaged; nothing was restored");
        }
        if (!desk.verifies(message(claimed), signature)) {
            throw new IOException("the backup signature does not verify with the desk signing key given (" + desk.fingerprint()
                    + "): the backup was not made by that desk, or its signature was changed; nothing was restored");
        }
        String actual = sha256Of(backup);
        if (!MessageDigest.isEqual(actual.getBytes(StandardCharsets.US_ASCII), claimed.getBytes(StandardCharsets.US_ASCII))) {
            throw new IOException("the backup file is not the one its signature vouches for (it was changed or swapped); "
                    + "nothing was restored");
        }
        return actual;
    }

    /** What is signed: the format name and the file's SHA-256, so a signature over anything else never passes for one. */
    private static byte[] message(String sha256) {
        return (FORMAT + "\n" + sha256).getBytes(StandardCharsets.US_ASCII);
    }

    static String sha256Of(Path file) throws IOException {
        MessageDigest digest = Sha256.newDigest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) != -1) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
