package org.safepassage.cli.intake;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.safepassage.cli.KeepsRunning;
import org.safepassage.intake.IntakeApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code safepassage intake serve}: starts the public web app. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the intake's pages.")
public final class IntakeServeCommand implements Callable<Integer> {

    @Mixin
    StorageOptions storage;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1",
            description = "Address to listen on (default ${DEFAULT-VALUE}: put Tor or a TLS proxy in front).")
    String bind;

    @Option(names = "--recipient", required = true, description = "Desk age recipient (age1…); repeat for an escrow key.")
    List<String> recipients;

    @Option(names = "--desk-signing-key", description = "The desk's Ed25519 public key (desk-sign.pub), to accept reply batches.")
    Path deskSigningKey;

    @Option(names = "--path-dir", description = "Folder with this deployment's path.fa.md and path.en.md.")
    Path pathDir;

    @Option(names = "--secure-cookie", description = "Mark the session cookie Secure (serve over TLS).")
    boolean secureCookie;

    @Option(names = "--max-stored", defaultValue = "8GB",
            description = "Quota of ciphertext not yet collected by the desk (default ${DEFAULT-VALUE}); beyond it submitters are asked to try later.")
    String maxStored;

    @Option(names = "--admission", defaultValue = "auto",
            description = "When new visitors must earn admission (proof of work, or a short wait without JavaScript): "
                    + "auto (while a flood lasts), always, off (default ${DEFAULT-VALUE}).")
    String admission;

    @Option(names = "--flood-per-minute", defaultValue = "300",
            description = "New visitors a minute that count as a flood (default ${DEFAULT-VALUE}).")
    int floodPerMinute;

    @Option(names = "--proof-of-work-bits", defaultValue = "16",
            description = "Leading zero bits a browser's proof of work needs at the flood threshold, one more per doubling"
                    + " (default ${DEFAULT-VALUE}: a few seconds on a phone).")
    int proofOfWorkBits;

    @Option(names = "--max-sessions", defaultValue = "50000",
            description = "Sessions held at once; beyond it new visitors are asked to come back (default ${DEFAULT-VALUE}).")
    int maxSessions;

    @Option(names = "--sessions", defaultValue = "auto",
            description = "Where submitters' sessions live: memory (this node only; nothing of them reaches the disk), shared "
                    + "(sealed in the database, so one submitter's requests may land on any node), or auto: shared on "
                    + "PostgreSQL, memory on the embedded database (default ${DEFAULT-VALUE}).")
    String sessions;

    @Option(names = "--outbox", description = "Folder the intake writes its batches into while it serves (default: outbox in the data folder).")
    Path outbox;

    @Option(names = "--export-every", defaultValue = "10m",
            description = "How often the serving intake exports what waits into the outbox (default ${DEFAULT-VALUE}; 0 for only when "
                    + "`intake export` asks).")
    String exportEvery;

    @Option(names = "--reply-retention", defaultValue = "90d",
            description = "How long a reply waits for its submitter before it is deleted for good (default ${DEFAULT-VALUE}).")
    String replyRetention;

    @Option(names = "--public-address", description = "Where submitters reach this intake (its onion address, say); "
            + "written into the offline sealer and the printable card.")
    String publicAddress;

    @Override
    public Integer call() {
        Map<String, Object> properties = IntakeProperties.of(storage, recipients, deskSigningKey);
        properties.put("server.port", port);
        properties.put("server.address", bind);
        properties.put("safepassage.intake.secure-cookie", secureCookie);
        properties.put("safepassage.intake.max-stored", maxStored);
        properties.put("safepassage.intake.reply-retention", replyRetention);
        properties.put("safepassage.intake.admission", admission);
        properties.put("safepassage.intake.flood-per-minute", floodPerMinute);
        properties.put("safepassage.intake.proof-of-work-bits", proofOfWorkBits);
        properties.put("safepassage.intake.max-sessions", maxSessions);
        properties.put("safepassage.intake.sessions", sessions);
        properties.put("safepassage.intake.export-every", exportEvery);
        if (outbox != null) {
            properties.put("safepassage.intake.outbox", outbox.toAbsolutePath().toString());
        }
        if (publicAddress != null) {
            properties.put("safepassage.intake.public-address", publicAddress);
        }
        if (pathDir != null) {
            properties.put("safepassage.intake.path-dir", pathDir.toAbsolutePath().toString());
        }
        IntakeApplication.start(properties, true);
        KeepsRunning.mark();
        System.out.println("Intake listening on http://" + bind + ":" + port + "/");
        return 0;
    }
}
