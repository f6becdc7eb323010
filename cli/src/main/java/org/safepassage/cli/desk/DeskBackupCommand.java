package org.safepassage.cli.desk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.safepassage.core.envelope.AgeRecipient;
import org.safepassage.core.signing.SigningKey;
import org.safepassage.desk.DeskApplication;
import org.safepassage.desk.backup.DeskBackup;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code safepassage desk backup}: the database and the keys, sealed to an offline key. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Back up the desk (every table's rows as of one moment, taken while it runs, and the key files "
                + "given) into one file sealed with age to offline recipient(s), signed by the desk's signing key in "
                + "FILE.sig beside it. Only the offline identity opens it; only that signature lets it be restored.")
public final class DeskBackupCommand implements Callable<Integer> {

    @Mixin
    DeskOptions storage;

    @Option(names = "--to", required = true, paramLabel = "age1…",
            description = "Offline age recipient the backup is sealed to (its identity kept off any networked machine); repeatable.")
    List<String> recipients;

    @Option(names = "--key", paramLabel = "FILE", description = "A key file to include (desk identity, desk-sign.key and .pub, "
            + "intake-sign.pub); repeatable.")
    List<Path> keys;

    @Option(names = "--out", required = true, description = "The backup file to write (must not exist); its signature "
            + "goes beside it as FILE.sig.")
    Path out;

    @Option(names = "--desk-signing-key", paramLabel = "FILE", description = "The desk's Ed25519 private key that signs the "
            + "backup (default: desk-sign.key in the data folder, with desk-sign.pub beside it).")
    Path signingKey;

    @Override
    public Integer call() throws Exception {
        Map<String, Path> keyFiles = new LinkedHashMap<>();
        for (Path key : keys == null ? List.<Path>of() : keys) {
            keyFiles.put(key.getFileName().toString(), key);
        }
        List<AgeRecipient> offline = recipients.stream().map(AgeRecipient::new).toList();
        Path privateKey = signingKey != null ? signingKey : storage.data().resolve("desk-sign.key");
        Path publicKey = privateKey.resolveSibling(privateKey.getFileName().toString().replaceFirst("\\.key$", "") + ".pub");
        if (!Files.isRegularFile(privateKey) || !Files.isRegularFile(publicKey)) {
            throw new IOException("a backup is signed by the desk: give --desk-signing-key desk-sign.key (with desk-sign.pub "
                    + "beside it); " + privateKey + " or " + publicKey + " is missing");
        }
        SigningKey deskKey = SigningKey.read(privateKey, publicKey);
        try (ConfigurableApplicationContext context = DeskApplication.start(storage.properties(), false)) {
            DeskBackup.Written written = context.getBean(DeskBackup.class).write(out, offline, keyFiles, deskKey,
                    DeskImportCommand.operator());
            long rows = written.rows().values().stream().mapToLong(Long::longValue).sum();
            System.out.println("Wrote " + out + " (" + written.bytes() + " bytes): " + rows + " rows of "
                    + written.rows().size() + " tables and " + keyFiles.size() + " key files, sealed to "
                    + offline.stream().map(AgeRecipient::fingerprint).toList());
            System.out.println("Signed by the desk key " + deskKey.verifyingKey().fingerprint() + ": " + written.signature()
                    + " (keep it with the backup; a restore needs it and desk-sign.pub)");
        }
        return 0;
    }
}
