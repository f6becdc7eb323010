package org.safepassage.cli.desk;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.safepassage.core.envelope.AgeIdentity;
import org.safepassage.core.signing.VerifyingKey;
import org.safepassage.desk.backup.BackupSignature;
import org.safepassage.desk.backup.DeskRestore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code safepassage desk restore}: a desk from its sealed backup, with the offline identity. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restore a desk backup into a new, empty data folder (and its keys into a new, empty folder): "
                + "its signature is checked with the desk's public signing key before anything is opened, then the "
                + "offline identity opens it, a fresh database is built and the rows are loaded as data, and the audit "
                + "chain is checked.")
public final class DeskRestoreCommand implements Callable<Integer> {

    @Option(names = "--backup", required = true, description = "The sealed backup file.")
    Path backup;

    @Option(names = "--offline-identity", required = true, description = "The offline age identity the backup is sealed to.")
    Path offlineIdentity;

    @Option(names = "--desk-signing-key", required = true, paramLabel = "desk-sign.pub",
            description = "The public signing key of the desk that made the backup (keep a copy with the offline identity).")
    Path deskSigningKey;

    @Option(names = "--signature", paramLabel = "FILE", description = "The backup's signature (default: the backup's name + .sig).")
    Path signature;

    @Option(names = "--data", required = true, description = "The new, empty desk data folder.")
    Path data;

    @Option(names = "--keys-out", required = true, description = "The new, empty folder for the restored key files.")
    Path keysOut;

    @Override
    public Integer call() throws Exception {
        DeskRestore.Restored restored = DeskRestore.restore(backup, signature != null ? signature : BackupSignature.besides(backup),
                VerifyingKey.read(deskSigningKey), List.of(AgeIdentity.read(offlineIdentity)), data, keysOut);
        long rows = restored.rows().values().stream().mapToLong(Long::longValue).sum();
        System.out.println("Signature of desk key " + VerifyingKey.read(deskSigningKey).fingerprint() + " verified.");
        System.out.println("Restored " + rows + " rows of " + restored.rows().size() + " tables into " + data + " and "
                + restored.keyFiles().size() + " key files into " + keysOut + ": " + String.join(", ", restored.keyFiles()));
        System.out.println("Audit log " + (restored.audit().intact() ? "intact: " : "BROKEN: ") + restored.audit().message());
        return restored.audit().intact() ? 0 : 1;
    }
}
