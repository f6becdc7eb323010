package org.safepassage.cli.desk;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.safepassage.core.envelope.AgeRecipient;
import org.safepassage.desk.DeskApplication;
import org.safepassage.desk.backup.DeskBackup;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code safepassage desk backup}: the database and the keys, sealed to an offline key. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Back up the desk (a consistent copy of its embedded database, taken while it runs, and the key "
                + "files given) into one file sealed with age to offline recipient(s). Only the offline identity opens it.")
public final class DeskBackupCommand implements Callable<Integer> {

    @Mixin
    DeskOptions storage;

    @Option(names = "--to", required = true, paramLabel = "age1…",
            description = "Offline age recipient the backup is sealed to (its identity kept off any networked machine); repeatable.")
    List<String> recipients;

    @Option(names = "--key", paramLabel = "FILE", description = "A key file to include (desk identity, desk-sign.key and .pub, "
            + "intake-sign.pub); repeatable.")
    List<Path> keys;

    @Option(names = "--out", required = true, description = "The backup file to write (must not exist).")
    Path out;

    @Override
    public Integer call() throws Exception {
        Map<String, Path> keyFiles = new LinkedHashMap<>();
        for (Path key : keys == null ? List.<Path>of() : keys) {
            keyFiles.put(key.getFileName().toString(), key);
        }
        List<AgeRecipient> offline = recipients.stream().map(AgeRecipient::new).toList();
        try (ConfigurableApplicationContext context = DeskApplication.start(storage.properties(), false)) {
            long size = context.getBean(DeskBackup.class).write(out, offline, keyFiles, DeskImportCommand.operator());
            System.out.println("Wrote " + out + " (" + size + " bytes): the database and " + keyFiles.size()
                    + " key files, sealed to " + offline.stream().map(AgeRecipient::fingerprint).toList());
        }
        return 0;
    }
}
