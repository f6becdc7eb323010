package org.safepassage.core.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.safepassage.core.json.Json;
import org.safepassage.core.signing.VerifyingKey;
import tools.jackson.core.JacksonException;

/**
 * Verifies a batch before anything in it is used: the names of its entries, the Ed25519
 * signature over the manifest by the expected signer, and the size and SHA-256 of every entry.
 * One broken rule refuses the whole batch.
 */
public final class BatchReader {

    private static final int MAX_SIGNATURE_BYTES = 1024;

    private final VerifyingKey expectedSigner;
    private final BatchOrigin expectedOrigin;
    private final BatchLimits limits;

    public BatchReader(VerifyingKey expectedSigner, BatchOrigin expectedOrigin, BatchLimits limits) {
        this.expectedSigner = expectedSigner;
        this.expectedOrigin = expectedOrigin;
        this.limits = limits;
    }

    public BatchReader(VerifyingKey expectedSigner, BatchOrigin expectedOrigin) {
        this(expectedSigner, expectedOrigin, BatchLimits.DEFAULT);
    }

    public VerifiedBatch verify(Path file) throws BatchRejectedException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new BatchRejectedException("not a batch: the file is not a ZIP archive");
        } catch (IOException e) {
            throw new BatchRejectedException("cannot read the batch file: " + e.getMessage());
        }
        try {
            BatchManifest manifest = verifyContents(zip);
            return new VerifiedBatch(zip, manifest, limits);
        } catch (BatchRejectedException | RuntimeException e) {
            closeQuietly(zip);
            if (e instanceof BatchRejectedException rejected) {
                throw rejected;
            }
            throw new BatchRejectedException("the batch is malformed: " + e.getMessage(), e);
        }
    }

    private BatchManifest verifyContents(ZipFile zip) throws BatchRejectedException {
        Map<String, ZipEntry> envelopes = namedEntries(zip);
        byte[] manifestBytes = readBounded(zip, BatchWriter.MANIFEST, limits.maxManifestBytes());
        byte[] signature = readBounded(zip, BatchWriter.SIGNATURE, MAX_SIGNATURE_BYTES);
        if (!expectedSigner.verifies(manifestBytes, signature)) {
            throw new BatchRejectedException("the manifest signature does not verify with the expected "
                    + expectedOrigin.wireName() + " key " + expectedSigner.fingerprint());
        }
        BatchManifest manifest = parseManifest(manifestBytes);
        Set<String> listed = new HashSet<>();
        long total = 0;
        for (BatchEntry entry : manifest.entries()) {
            if (!listed.add(entry.fileName())) {
                throw new BatchRejectedException("the manifest lists envelope " + entry.id() + " twice");
            }
            ZipEntry zipEntry = envelopes.get(entry.fileName());
            if (zipEntry == null) {
                throw new BatchRejectedException("envelope " + entry.id() + " is listed but missing from the batch");
            }
            if (entry.size() > limits.maxEntryBytes()) {
                throw new BatchRejectedException("envelope " + entry.id() + " is larger than " + limits.maxEntryBytes() + " bytes");
            }
            total += entry.size();
            if (total > limits.maxTotalBytes()) {
                throw new BatchRejectedException("the batch holds more than " + limits.maxTotalBytes() + " bytes");
            }
            readVerified(zip, entry, limits);
        }
        for (String name : envelopes.keySet()) {
            if (!listed.contains(name)) {
                throw new BatchRejectedException("entry " + name + " is in the batch but not in the signed manifest");
            }
        }
        return manifest;
    }

    private Map<String, ZipEntry> namedEntries(ZipFile zip) throws BatchRejectedException {
        Map<String, ZipEntry> envelopes = new HashMap<>();
        Set<String> seen = new HashSet<>();
        int count = 0;
        for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
            ZipEntry entry = all.nextElement();
            String name = entry.getName();
            if (++count > limits.maxEntries() + 2) {
                throw new BatchRejectedException("the batch has more than " + limits.maxEntries() + " entries");
            }
            if (!seen.add(name)) {
                throw new BatchRejectedException("entry name " + printable(name) + " occurs twice");
            }
            if (name.equals(BatchWriter.MANIFEST) || name.equals(BatchWriter.SIGNATURE)) {
                continue;
            }
            if (!name.endsWith(".age") || !BatchEntry.isValidId(name.substring(0, name.length() - 4))) {
                throw new BatchRejectedException("entry name " + printable(name)
                        + " is not allowed: only manifest.json, manifest.sig and <envelope-id>.age");
            }
            envelopes.put(name, entry);
        }
        return envelopes;
    }

    private BatchManifest parseManifest(byte[] bytes) throws BatchRejectedException {
        BatchManifest manifest;
        try {
            manifest = Json.MAPPER.readValue(bytes, BatchManifest.class);
        } catch (JacksonException e) {
            throw new BatchRejectedException("the manifest is not valid: " + e.getOriginalMessage());
        }
        if (!BatchManifest.FORMAT.equals(manifest.format())) {
            throw new BatchRejectedException("the manifest format must be " + BatchManifest.FORMAT);
        }
        if (manifest.origin() != expectedOrigin) {
            throw new BatchRejectedException("expected a batch from the " + expectedOrigin.wireName()
                    + ", this one says it comes from the " + (manifest.origin() == null ? "unknown side" : manifest.origin().wireName()));
        }
        if (manifest.batchId() == null || !BatchEntry.isValidId(manifest.batchId())) {
            throw new BatchRejectedException("the manifest has no valid batch id");
        }
        if (manifest.entries().size() > limits.maxEntries()) {
            throw new BatchRejectedException("the manifest lists more than " + limits.maxEntries() + " envelopes");
        }
        return manifest;
    }

    static byte[] readVerified(ZipFile zip, BatchEntry entry, BatchLimits limits) throws BatchRejectedException {
        ZipEntry zipEntry = zip.getEntry(entry.fileName());
        if (zipEntry == null) {
            throw new BatchRejectedException("envelope " + entry.id() + " is missing from the batch");
        }
        if (entry.size() > limits.maxEntryBytes()) {
            throw new BatchRejectedException("envelope " + entry.id() + " is larger than " + limits.maxEntryBytes() + " bytes");
        }
        byte[] content = readBounded(zip, zipEntry, (int) entry.size(), "envelope " + entry.id());
        if (content.length != entry.size()) {
            throw new BatchRejectedException("envelope " + entry.id() + " has " + content.length
                    + " bytes, the manifest says " + entry.size());
        }
        MessageDigest sha256 = BatchWriter.sha256();
        if (!MessageDigest.isEqual(HexFormat.of().parseHex(entry.sha256()), sha256.digest(content))) {
            throw new BatchRejectedException("envelope " + entry.id() + " does not match its SHA-256 in the manifest");
        }
        return content;
    }

    private static byte[] readBounded(ZipFile zip, String name, int maxBytes) throws BatchRejectedException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new BatchRejectedException("the batch has no " + name);
        }
        return readBounded(zip, entry, maxBytes, name);
    }

    /** Reads at most {@code maxBytes}; one byte more means the entry lied about its size (a zip bomb). */
    private static byte[] readBounded(ZipFile zip, ZipEntry entry, int maxBytes, String what) throws BatchRejectedException {
        try (InputStream in = zip.getInputStream(entry)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxBytes, 1 << 16));
            byte[] buffer = new byte[1 << 16];
            int read;
            while ((read = in.read(buffer)) != -1) {
                if (out.size() + read > maxBytes) {
                    throw new BatchRejectedException(what + " is larger than allowed (" + maxBytes + " bytes)");
                }
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        } catch (BatchRejectedException e) {
            throw e;
        } catch (IOException e) {
            throw new BatchRejectedException(what + " cannot be read: " + e.getMessage());
        }
    }

    private static String printable(String name) {
        String shown = name.length() > 80 ? name.substring(0, 80) + "…" : name;
        return "'" + shown.replaceAll("\\p{C}", "?") + "'";
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // the batch is refused already; nothing more to report
        }
    }
}
