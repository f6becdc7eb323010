package org.safepassage.cli.intake;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.safepassage.intake.IntakeApplication;
import org.safepassage.intake.transfer.BatchExport;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code safepassage intake export}: one signed batch of every envelope not yet exported. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a signed batch of the envelopes not yet exported, for the desk.")
public final class IntakeExportCommand implements Callable<Integer> {

    @Mixin
    StorageOptions storage;

    @Option(names = "--out", required = true, description = "Batch file to write (a ZIP).")
    Path out;

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext context = IntakeApplication.start(IntakeProperties.of(storage, null, null), false)) {
            BatchExport.Result result = context.getBean(BatchExport.class).export(out);
            if (result.envelopes() == 0) {
                System.out.println("Nothing to export: every envelope is in an earlier batch. No file written.");
            } else {
                System.out.println("Exported " + result.envelopes() + " envelopes as batch " + result.batchId() + " to " + out);
            }
            return 0;
        }
    }
}
