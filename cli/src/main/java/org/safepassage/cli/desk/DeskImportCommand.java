package org.safepassage.cli.desk;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.safepassage.core.batch.BatchRejectedException;
import org.safepassage.desk.progress.LongWork;
import org.safepassage.desk.transfer.BatchImport;
import org.safepassage.desk.transfer.ImportResult;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code safepassage desk import}: verify, open and store intake batches. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import intake batches: verify the intake's signature, open every envelope, store the registrations. "
                + "A batch imported before changes nothing. Exit code 2 when a batch was refused, 3 when envelopes were left out.")
public final class DeskImportCommand implements Callable<Integer> {

    @Mixin
    DeskOptions storage;

    @Mixin
    DeskOptions.Keys keys;

    @Parameters(arity = "1..*", paramLabel = "BATCH", description = "Batch files from the intake.")
    List<Path> batches;

    @Override
    public Integer call() throws Exception {
        int exit = 0;
        try (ConfigurableApplicationContext context = storage.startWith(keys);
             LongWorkBar progress = new LongWorkBar(context.getBean(LongWork.class))) {
            BatchImport importer = context.getBean(BatchImport.class);
            for (Path batch : batches) {
                try {
                    ImportResult result = importer.importBatch(batch, operator());
                    System.out.println(batch.getFileName() + ": batch " + result.batchId() + ": " + result.summary());
                    for (ImportResult.Failure failure : result.failures()) {
                        System.out.println("  left out " + failure.envelopeId() + ": " + failure.reason());
                    }
                    if (!result.failures().isEmpty()) {
                        exit = Math.max(exit, 3);
                    }
                } catch (BatchRejectedException e) {
                    System.err.println(batch.getFileName() + ": refused, nothing imported: " + e.getMessage());
                    exit = Math.max(exit, 2);
                }
            }
        }
        return exit;
    }

    static String operator() {
        return "operator:" + System.getProperty("user.name", "unknown");
    }
}
