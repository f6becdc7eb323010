package org.safepassage.cli.desk;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.safepassage.core.envelope.AgeIdentity;
import org.safepassage.desk.backup.DeskRestore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code safepassage desk restore}: a desk from its sealed backup, with the offline identity. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restore a desk backup into a new, empty data folder (and its keys into a new, empty folder), "
                + "opening it with the offline identity. Then check it with ./run desk audit verify.")
public final class DeskRestoreCommand implements Callable<Integer> {

    @Option(names = "--backup", required = true, description = "The sealed backup file.")
    Path backup;

    @Option(names = "--offline-identity", required = true, description = "The offline age identity the backup is sealed to.")
    Path offlineIdentity;

    @Option(names = "--data", required = true, description = "The new, empty desk data folder.")
    Path data;

    @Option(names = "--keys-out", required = true, description = "The new, empty folder for the restored key files.")
    Path keysOut;

    @Override
    public Integer call() throws Exception {
        DeskRestore.Restored restored = DeskRestore.restore(backup, List.of(AgeIdentity.read(offlineIdentity)), data, keysOut);
        System.out.println("Restored the database (" + String.join(", ", restored.databaseFiles()) + ") into " + data
                + " and " + restored.keyFiles().size() + " key files into " + keysOut + ": " + String.join(", ", restored.keyFiles()));
        System.out.println("Check it: ./run desk audit verify --data " + data);
        return 0;
    }
}
