package org.safepassage.core.batch;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.safepassage.core.json.Json;
import org.safepassage.core.signing.SigningKey;

/**
 * Writes a batch: one raw age file per envelope, then {@code manifest.json} listing each
 * entry's SHA-256, then {@code manifest.sig}, the Ed25519 signature over the manifest bytes.
 */
public final class BatchWriter implements Closeable {

    public static final String MANIFEST = "manifest.json";
    public static final String SIGNATURE = "manifest.sig";

    private final ZipOutputStream zip;
    private final SigningKey signer;
    private final BatchOrigin origin;
    private final Instant createdAt;
    private final String batchId;
    private final List<BatchEntry> entries = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private boolean closed;

    public BatchWriter(OutputStream out, SigningKey signer, BatchOrigin origin, Instant now) {
        this.zip = new ZipOutputStream(out);
        // Ciphertext does not compress; storing it deflate-level 0 keeps writing cheap.
        this.zip.setLevel(Deflater.NO_COMPRESSION);
        this.signer = signer;
        this.origin = origin;
        this.createdAt = now.truncatedTo(ChronoUnit.HOURS);
        this.batchId = "b-" + UUID.randomUUID().toString().replace("-", "");
    }

    public String batchId() {
        return batchId;
    }

    public int size() {
        return entries.size();
    }

    public BatchEntry add(String id, EnvelopeKind kind, String thread, String replyTo, byte[] sealed) throws IOException {
        if (!ids.add(id)) {
            throw new IllegalArgumentException("envelope " + id + " is already in this batch");
        }
        MessageDigest sha256 = sha256();
        ZipEntry entry = new ZipEntry(id + ".age");
        entry.setTime(createdAt.toEpochMilli());
        zip.putNextEntry(entry);
        try (DigestOutputStream digesting = new DigestOutputStream(new NonClosing(zip), sha256)) {
            digesting.write(sealed);
        }
        zip.closeEntry();
        BatchEntry listed = new BatchEntry(id, kind, thread, replyTo, sealed.length, HexFormat.of().formatHex(sha256.digest()));
        entries.add(listed);
        return listed;
    }

    /** Writes the manifest and its signature and finishes the ZIP. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        byte[] manifest = Json.MAPPER.writeValueAsBytes(new BatchManifest(BatchManifest.FORMAT, batchId, origin, createdAt, entries));
        writeEntry(MANIFEST, manifest);
        writeEntry(SIGNATURE, signer.sign(manifest));
        zip.finish();
        zip.flush();
    }

    private void writeEntry(String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(createdAt.toEpochMilli());
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lets a per-entry stream be closed without closing the ZIP under it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
