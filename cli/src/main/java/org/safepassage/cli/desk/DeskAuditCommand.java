package org.safepassage.cli.desk;

import java.util.concurrent.Callable;
import org.safepassage.desk.DeskApplication;
import org.safepassage.desk.audit.AuditVerifier;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code safepassage desk audit verify}: recompute the audit chain. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Check the audit log: 'verify' recomputes the hash chain and names the first broken entry (exit code 1).")
public final class DeskAuditCommand implements Callable<Integer> {

    @Mixin
    DeskOptions storage;

    @Parameters(index = "0", paramLabel = "verify", description = "The check to run: verify.")
    String action;

    @Override
    public Integer call() {
        if (!"verify".equals(action)) {
            System.err.println("error: the only audit action is 'verify'");
            return 2;
        }
        try (ConfigurableApplicationContext context = DeskApplication.start(storage.properties(), false)) {
            AuditVerifier.Result result = context.getBean(AuditVerifier.class).verify();
            if (result.intact()) {
                System.out.println("Audit log intact: " + result.message() + ".");
                return 0;
            }
            System.out.println("Audit log BROKEN at entry " + result.firstBrokenSeq() + ": " + result.message()
                    + ". The " + result.entriesChecked() + " entries before it are intact.");
            return 1;
        }
    }
}
