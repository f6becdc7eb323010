package org.safepassage.cli.desk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.safepassage.core.envelope.AgeIdentity;
import org.safepassage.core.envelope.ProtectedIdentityFile;
import org.safepassage.desk.DeskApplication;
import org.safepassage.desk.keys.IdentityRotation;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code safepassage desk rotate-identity}: a new desk identity, and everything kept sealed moved to it. */
@Command(name = "rotate-identity", mixinStandardHelpOptions = true,
        description = "Make a new desk identity, hybrid post-quantum (age1pq1…) (protected with the current one's passphrase when that is protected) and "
                + "re-seal every stored attachment to it. Run again with the same --new-identity after an interruption.")
public final class DeskRotateIdentityCommand implements Callable<Integer> {

    @Mixin
    DeskOptions storage;

    @Mixin
    DeskOptions.Keys keys;

    @Option(names = "--new-identity", required = true, description = "Where to write the new identity (reused if it exists).")
    Path newIdentity;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> properties = storage.properties();
        keys.addTo(properties);
        boolean protect = ProtectedIdentityFile.isProtected(keys.identity);
        char[] passphrase = protect ? keys.passphrase() : null;
        AgeIdentity next;
        if (Files.exists(newIdentity)) {
            next = ProtectedIdentityFile.read(newIdentity, passphrase);
            System.out.println("Continuing the rotation to the identity in " + newIdentity);
        } else {
            next = AgeIdentity.generateHybrid(); // a rotation also moves a classical desk to post-quantum sealing
            if (protect) {
                ProtectedIdentityFile.write(next, newIdentity, passphrase);
            } else {
                next.write(newIdentity);
            }
        }
        try (ConfigurableApplicationContext context = DeskApplication.start(properties, false)) {
            int resealed = context.getBean(IdentityRotation.class).rotateTo(next, DeskImportCommand.operator());
            System.out.println("Re-sealed " + resealed + " attachments to the new desk identity " + newIdentity + ".");
        }
        System.out.println("New desk recipient: " + next.recipient().value());
        System.out.println("Its fingerprint (publish it; the sealer file changes with it): " + next.recipient().fingerprint());
        System.out.println("Next: 1. restart every intake node with --recipient " + next.recipient().value() + ";");
        System.out.println("      2. start the desk with --identity " + newIdentity + " --retired-identity " + keys.identity
                + " until every batch exported before step 1 is imported;");
        System.out.println("      3. then destroy the old identity and its backups' copies of it.");
        return 0;
    }
}
