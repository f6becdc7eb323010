package org.safepassage.cli.desk;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safepassage.cli.DatabaseOptions;
import org.safepassage.core.envelope.ProtectedIdentityFile;
import org.safepassage.core.keys.PassphraseShares;
import org.safepassage.desk.DeskApplication;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where the desk keeps its state (data folder, H2 or PostgreSQL) and, when needed, its keys. */
public final class DeskOptions {

    static final String PASSPHRASE_ENV = "SAFEPASSAGE_DESK_PASSPHRASE";

    @Option(names = "--data", required = true, description = "Desk data folder (H2 database, reply outbox).")
    Path data;

    @Mixin
    DatabaseOptions database;

    public Path data() {
        return data;
    }

    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("safepassage.desk.data-dir", data.toAbsolutePath().toString());
        database.addTo(properties, DeskApplication.embeddedDatabaseUrl(data));
        return properties;
    }

    /** The desk without a web server, holding its keys: for the commands that open envelopes. */
    public ConfigurableApplicationContext startWith(Keys keys) throws IOException {
        Map<String, Object> properties = properties();
        keys.addTo(properties);
        return DeskApplication.start(properties, false);
    }

    /** Key options for the commands that open envelopes or sign batches. */
    public static final class Keys {

        @Option(names = "--identity", required = true,
                description = "Desk age identity: a plain age identity file, or one protected with ./run desk protect-identity.")
        Path identity;

        @Option(names = "--passphrase-file", description = "File holding the identity's passphrase (unattended start). "
                + "Otherwise the environment variable " + PASSPHRASE_ENV + ", otherwise asked on the terminal.")
        Path passphraseFile;

        @Option(names = "--passphrase-share", paramLabel = "SHARE",
                description = "A share of the identity's passphrase (./run desk split-passphrase); repeat with as many "
                        + "as the split needs: the passphrase is rebuilt in memory only (k-of-n unlock).")
        List<Path> passphraseShares;

        @Option(names = "--retired-identity", paramLabel = "FILE",
                description = "An earlier desk identity, kept only to open what was sealed to it before a rotation "
                        + "(same passphrase as --identity when protected); repeatable.")
        List<Path> retiredIdentities;

        @Option(names = "--intake-signing-key", required = true, description = "The intake's Ed25519 public key (intake-sign.pub).")
        Path intakeSigningKey;

        @Option(names = "--desk-signing-key", description = "The desk's Ed25519 private key for reply batches "
                + "(default: desk-sign.key in the data folder, with desk-sign.pub beside it).")
        Path deskSigningKey;

        public void addTo(Map<String, Object> properties) throws IOException {
            properties.put("safepassage.desk.identity", identity.toAbsolutePath().toString());
            properties.put("safepassage.desk.intake-signing-key", intakeSigningKey.toAbsolutePath().toString());
            if (deskSigningKey != null) {
                properties.put("safepassage.desk.desk-signing-key", deskSigningKey.toAbsolutePath().toString());
            }
            if (retiredIdentities != null) {
                for (int i = 0; i < retiredIdentities.size(); i++) {
                    properties.put("safepassage.desk.retired-identities[" + i + "]", retiredIdentities.get(i).toAbsolutePath().toString());
                }
            }
            boolean anyProtected = ProtectedIdentityFile.isProtected(identity);
            for (Path retired : retiredIdentities == null ? List.<Path>of() : retiredIdentities) {
                anyProtected |= ProtectedIdentityFile.isProtected(retired);
            }
            if (anyProtected) {
                properties.put("safepassage.desk.passphrase", new String(passphrase()));
            }
        }

        /** The passphrase from shares, a file, the environment, or the terminal, in that order. */
        char[] passphrase() throws IOException {
            if (passphraseShares != null && !passphraseShares.isEmpty()) {
                List<PassphraseShares.Share> shares = new ArrayList<>();
                for (Path share : passphraseShares) {
                    shares.add(PassphraseShares.Share.read(share));
                }
                try {
                    return PassphraseShares.combine(shares);
                } catch (IllegalArgumentException e) {
                    throw new IOException("the passphrase shares do not unlock: " + e.getMessage());
                }
            }
            return DeskOptions.passphrase(passphraseFile);
        }
    }

    /** The passphrase from a file, the environment, or the terminal, in that order. */
    static char[] passphrase(Path file) throws IOException {
        if (file != null) {
            return Files.readString(file, StandardCharsets.UTF_8).strip().toCharArray();
        }
        String fromEnvironment = System.getenv(PASSPHRASE_ENV);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new IOException("the identity is passphrase-protected: give --passphrase-file or set " + PASSPHRASE_ENV);
        }
        char[] typed = console.readPassword("Passphrase of the desk identity: ");
        if (typed == null || typed.length == 0) {
            throw new IOException("no passphrase given");
        }
        return typed;
    }
}
