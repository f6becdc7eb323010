package org.safepassage.core.keys;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.crypto.threshold.ShamirSecretSplitter;
import org.bouncycastle.crypto.threshold.ShamirSplitSecret;
import org.bouncycastle.crypto.threshold.ShamirSplitSecretShare;
import org.bouncycastle.crypto.threshold.SecretShare;

/**
 * k-of-n unlock of the desk identity: its passphrase split into n Shamir shares of which any k
 * rebuild it, and fewer tell nothing (Bouncy Castle's {@code ShamirSecretSplitter} over GF(2^8)).
 * Each share is a small text file for one officer; the passphrase is rebuilt in memory only.
 */
public final class PassphraseShares {

    static final String FORMAT = "safepassage-passphrase-share/1";

    private PassphraseShares() {
    }

    /** Splits {@code passphrase} into {@code shares} shares, any {@code threshold} of which rebuild it. */
    public static List<Share> split(char[] passphrase, int threshold, int shares, SecureRandom random) {
        if (threshold < 2 || threshold > shares || shares > 255) {
            throw new IllegalArgumentException("need 2 <= threshold <= shares <= 255, not " + threshold + " of " + shares);
        }
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(passphrase));
        // Length-prefixed and padded to at least 64 bytes: the split then says little of the
        // passphrase's length, and Bouncy Castle 1.82's resplit (which sizes its share array by the
        // secret's length, not by the number of shares) has room for every share.
        int length = encoded.remaining();
        if (length > 65_535) {
            throw new IllegalArgumentException("a passphrase of " + length + " bytes is too long to split");
        }
        byte[] secret = new byte[Math.max(64, Math.max(shares, length + 2))];
        secret[0] = (byte) (length >>> 8);
        secret[1] = (byte) length;
        encoded.get(secret, 2, length);
        Arrays.fill(encoded.array(), (byte) 0);
        try {
            ShamirSplitSecret split = new ShamirSecretSplitter(ShamirSecretSplitter.Algorithm.AES,
                    ShamirSecretSplitter.Mode.Table, secret.length, random).resplit(secret, threshold, shares);
            byte[] set = new byte[4];
            random.nextBytes(set);
            List<Share> result = new ArrayList<>();
            SecretShare[] parts = split.getSecretShares();
            for (int i = 0; i < shares; i++) {
                result.add(new Share(HexFormat.of().formatHex(set), threshold, shares, i + 1, parts[i].getEncoded()));
            }
            return result;
        } catch (IOException e) {
            throw new IllegalStateException("splitting failed", e);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    /** Rebuilds the passphrase from at least the threshold of shares of one split. */
    public static char[] combine(List<Share> shares) {
        if (shares.isEmpty()) {
            throw new IllegalArgumentException("no shares given");
        }
        Share first = shares.get(0);
        Map<Integer, Share> distinct = new LinkedHashMap<>();
        for (Share share : shares) {
            if (!share.set().equals(first.set()) || share.threshold() != first.threshold()) {
                throw new IllegalArgumentException("the shares come from different splits (sets " + first.set() + " and "
                        + share.set() + "); use shares of one split only");
            }
            distinct.put(share.index(), share);
        }
        if (distinct.size() < first.threshold()) {
            throw new IllegalArgumentException(distinct.size() + " different shares given; this split needs "
                    + first.threshold() + " of " + first.shares());
        }
        ShamirSplitSecretShare[] parts = distinct.values().stream().limit(first.threshold())
                .map(share -> new ShamirSplitSecretShare(share.value(), share.index())).toArray(ShamirSplitSecretShare[]::new);
        byte[] secret;
        try {
            secret = new ShamirSplitSecret(ShamirSecretSplitter.Algorithm.AES, ShamirSecretSplitter.Mode.Table, parts).getSecret();
        } catch (IOException e) {
            throw new IllegalArgumentException("the shares do not combine: " + e.getMessage(), e);
        }
        int length = ((secret[0] & 0xff) << 8) | (secret[1] & 0xff);
        if (length > secret.length - 2) {
            Arrays.fill(secret, (byte) 0);
            throw new IllegalArgumentException("the shares do not combine into a passphrase (a damaged share?)");
        }
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(secret, 2, length));
            char[] passphrase = new char[chars.remaining()];
            chars.get(passphrase);
            return passphrase;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the shares do not combine into a passphrase (a damaged share?)");
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    /** One share: which split it belongs to, k and n, its number, and its bytes. */
    public record Share(String set, int threshold, int shares, int index, byte[] value) {

        public String toText() {
            return FORMAT + "\nset: " + set + "\nthreshold: " + threshold + "\nshares: " + shares + "\nindex: " + index
                    + "\nshare: " + Base64.getEncoder().encodeToString(value) + "\n";
        }

        public void write(Path file) throws IOException {
            SecretFiles.writeText(file, toText());
        }

        public static Share read(Path file) throws IOException {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).strip().equals(FORMAT)) {
                throw new IOException(file + " is not a passphrase share (" + FORMAT + ")");
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    fields.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
                }
            }
            try {
                return new Share(fields.get("set"), Integer.parseInt(fields.get("threshold")), Integer.parseInt(fields.get("shares")),
                        Integer.parseInt(fields.get("index")), Base64.getDecoder().decode(fields.get("share")));
            } catch (RuntimeException e) {
                throw new IOException(file + " is a damaged passphrase share: " + e.getMessage());
            }
        }

        @Override
        public String toString() {
            return "Share[set " + set + ", " + index + " of " + shares + ", threshold " + threshold + "]";
        }
    }
}
