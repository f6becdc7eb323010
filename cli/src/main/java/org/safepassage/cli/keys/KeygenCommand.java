package org.safepassage.cli.keys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import org.safepassage.core.envelope.AgeIdentity;
import org.safepassage.core.keys.SecretFiles;
import org.safepassage.core.receipt.Pepper;
import org.safepassage.core.signing.SigningKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Makes a deployment's keys: the desk age identity, both sides' Ed25519 signing pairs and the pepper. */
@Command(name = "keygen", mixinStandardHelpOptions = true,
        description = "Generate the desk age identity and recipient (hybrid post-quantum mlkem768x25519: age1pq1…), "
                + "Ed25519 signing pairs for intake and desk, and a random pepper. Private files get mode 600; existing "
                + "files are never overwritten.")
public final class KeygenCommand implements Callable<Integer> {

    @picocli.CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    /** Either a deployment's keys into a folder, or one offline identity (for backups) into a file. */
    static final class Target {
        @Option(names = "--out", description = "Folder to write the deployment's keys to.")
        Path out;

        @Option(names = "--offline-identity", paramLabel = "FILE", description = "Write only a hybrid post-quantum age "
                + "identity to FILE, for the offline key desk backups are sealed to (do this on the offline machine), "
                + "and print its recipient (age1pq1…).")
        Path offlineIdentity;
    }

    @Override
    public Integer call() throws Exception {
        if (target.offlineIdentity != null) {
            AgeIdentity offline = AgeIdentity.generateHybrid();
            offline.write(target.offlineIdentity);
            System.out.println("Wrote a hybrid post-quantum identity to " + target.offlineIdentity.toAbsolutePath()
                    + "; keep it off every networked machine.");
            System.out.println("Its recipient, for ./run desk backup --to: " + offline.recipient().value());
            return 0;
        }
        Path out = target.out;
        DeploymentKeys keys = DeploymentKeys.generate(out);
        System.out.println("Wrote the deployment's keys to " + out.toAbsolutePath());
        System.out.println("  desk identity (keep on the desk only): " + out.resolve(DeploymentKeys.DESK_IDENTITY));
        System.out.println("  desk recipient (give to the intake):   " + keys.deskRecipient());
        System.out.println("  desk key fingerprint (publish it):     " + keys.deskIdentity().recipient().fingerprint());
        System.out.println("  intake signing key: " + DeploymentKeys.INTAKE_SIGNING_KEY + " (+ .pub for the desk)");
        System.out.println("  desk signing key:   " + DeploymentKeys.DESK_SIGNING_KEY + " (+ .pub for the intake)");
        System.out.println("  pepper (intake only, same on every intake node): " + DeploymentKeys.PEPPER);
        return 0;
    }

    /** The files keygen writes, by name, and reading them back. */
    public record DeploymentKeys(AgeIdentity deskIdentity, Path dir) {

        public static final String DESK_IDENTITY = "desk-identity.age";
        public static final String DESK_RECIPIENT = "desk-recipient.txt";
        public static final String INTAKE_SIGNING_KEY = "intake-sign.key";
        public static final String DESK_SIGNING_KEY = "desk-sign.key";
        public static final String PEPPER = "pepper";

        public static DeploymentKeys generate(Path dir) throws IOException {
            SecretFiles.createPrivateDirectory(dir);
            AgeIdentity desk = AgeIdentity.generateHybrid();
            desk.write(dir.resolve(DESK_IDENTITY));
            SecretFiles.writePublicText(dir.resolve(DESK_RECIPIENT), desk.recipient().value() + "\n");
            SigningKey.generate().write(dir.resolve(INTAKE_SIGNING_KEY), dir.resolve(INTAKE_SIGNING_KEY.replace(".key", ".pub")));
            SigningKey.generate().write(dir.resolve(DESK_SIGNING_KEY), dir.resolve(DESK_SIGNING_KEY.replace(".key", ".pub")));
            Pepper.generate(new SecureRandom()).write(dir.resolve(PEPPER));
            return new DeploymentKeys(desk, dir);
        }

        public static DeploymentKeys read(Path dir) throws IOException {
            return new DeploymentKeys(AgeIdentity.read(dir.resolve(DESK_IDENTITY)), dir);
        }

        public String deskRecipient() {
            return deskIdentity.recipient().value();
        }

        public Path file(String name) {
            return dir.resolve(name);
        }
    }
}
