package org.safepassage.cli.desk;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.safepassage.desk.DeskApplication;
import org.safepassage.desk.messaging.ReplyExport;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code safepassage desk export-replies}: one desk-signed batch of the queued sealed replies. */
@Command(name = "export-replies", mixinStandardHelpOptions = true,
        description = "Write the queued replies (each sealed to its submitter) into one desk-signed batch for the intake.")
public final class DeskExportRepliesCommand implements Callable<Integer> {

    @Mixin
    DeskOptions storage;

    @Option(names = "--out", required = true, description = "Batch file to write (a ZIP).")
    Path out;

    @Option(names = "--desk-signing-key", description = "The desk's Ed25519 private key (default: desk-sign.key in the data folder).")
    Path deskSigningKey;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> properties = storage.properties();
        if (deskSigningKey != null) {
            properties.put("safepassage.desk.desk-signing-key", deskSigningKey.toAbsolutePath().toString());
        }
        try (ConfigurableApplicationContext context = DeskApplication.start(properties, false)) {
            ReplyExport.Result result = context.getBean(ReplyExport.class).export(out, DeskImportCommand.operator());
            if (result.batchId() == null) {
                System.out.println("No replies are queued and every intake envelope held is acknowledged. No file written.");
            } else {
                System.out.println("Exported " + result.replies() + " sealed replies and acknowledgements of " + result.acknowledged()
                        + " intake envelopes as batch " + result.batchId() + " to " + out);
            }
            return 0;
        }
    }
}
