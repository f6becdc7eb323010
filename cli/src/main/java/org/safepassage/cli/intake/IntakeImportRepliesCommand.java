package org.safepassage.cli.intake;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.safepassage.intake.IntakeApplication;
import org.safepassage.intake.transfer.ReplyImport;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code safepassage intake import-replies}: stores the desk's sealed replies after checking its signature. */
@Command(name = "import-replies", mixinStandardHelpOptions = true,
        description = "Verify a desk-signed reply batch and store its sealed replies.")
public final class IntakeImportRepliesCommand implements Callable<Integer> {

    @Mixin
    StorageOptions storage;

    @Option(names = "--desk-signing-key", description = "The desk's Ed25519 public key (default: desk-sign.pub in the data folder).")
    Path deskSigningKey;

    @Parameters(paramLabel = "BATCH", description = "The reply batch file.")
    Path batch;

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext context = IntakeApplication.start(
                IntakeProperties.of(storage, null, deskSigningKey), false)) {
            ReplyImport.Result result = context.getBean(ReplyImport.class).importBatch(batch);
            if (result.alreadyImported()) {
                System.out.println("Batch " + result.batchId() + " was imported before; no reply stored twice"
                        + (result.deleted() > 0 ? ", " + result.deleted() + " acknowledged envelopes an earlier import left were deleted now."
                        : "; nothing changed."));
            } else {
                System.out.println("Imported batch " + result.batchId() + ": " + result.stored() + " replies stored"
                        + (result.unknownThreads() > 0 ? ", " + result.unknownThreads() + " for submitters this intake does not know" : "")
                        + ", " + result.deleted() + " envelopes the desk acknowledged deleted for good.");
            }
            return 0;
        }
    }
}
