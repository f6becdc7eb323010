package org.safepassage.cli.desk;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.safepassage.cli.LocalTimesZone;
import org.safepassage.core.registration.Urgency;
import org.safepassage.desk.DeskApplication;
import org.safepassage.desk.progress.LongWork;
import org.safepassage.desk.transfer.ListImportResult;
import org.safepassage.desk.transfer.ListTerms;
import org.safepassage.desk.transfer.PartnerListImport;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code safepassage desk import-list}: a partner organisation's list of registrations. */
@Command(name = "import-list", mixinStandardHelpOptions = true,
        description = "Import a partner organisation's list of registrations (JSON lines or CSV, as vet reads them; gzip "
                + "too) so that they are vetted with everything the desk holds. Each is stored as NAME-id; the desk cannot write back "
                + "to these people. Nothing held is written over; the same file imported again changes nothing. "
                + "Exit code 3 when lines were left out.")
public final class DeskImportListCommand implements Callable<Integer> {

    @Mixin
    DeskOptions storage;

    @Option(names = "--list", required = true, paramLabel = "NAME",
            description = "The list's name: 2 to 20 small letters, digits or dashes (tv, partner-2); it begins each registration's id.")
    String list;

    @Option(names = "--urgency", paramLabel = "URGENCY",
            description = "The urgency for lines that give none (low, medium, high, immediate); without it such lines are left out.")
    String urgency;

    @Option(names = "--local-times-at", paramLabel = "ZONE", converter = LocalTimesZone.class, description = LocalTimesZone.DESCRIPTION)
    ZoneId localTimes;

    @Parameters(arity = "1", paramLabel = "FILE",
            description = "The list: JSON lines, one registration per line, or CSV with a header (either may be gzipped).")
    Path file;

    @Override
    public Integer call() throws Exception {
        Urgency given = null;
        if (urgency != null) {
            given = Urgency.read(urgency).orElseThrow(() -> new IllegalArgumentException(
                    "--urgency must be low, medium, high or immediate, not " + urgency));
        }
        try (ConfigurableApplicationContext context = DeskApplication.start(storage.properties(), false);
             LongWorkBar progress = new LongWorkBar(context.getBean(LongWork.class))) {
            ListImportResult result = context.getBean(PartnerListImport.class)
                    .importList(file, String.valueOf(file.getFileName()), list, new ListTerms(given, localTimes),
                            DeskImportCommand.operator());
            System.out.println(file.getFileName() + ": list " + result.list() + ": " + result.summary());
            result.reading().forEach(System.out::println);
            result.firstLeftOut().forEach(left -> System.out.println("  left out " + left.where() + ": " + left.reason()));
            if (result.leftOut() > result.firstLeftOut().size()) {
                System.out.printf("  … and %,d more lines left out%n", result.leftOut() - result.firstLeftOut().size());
            }
            return result.leftOut() > 0 ? 3 : 0;
        }
    }
}
