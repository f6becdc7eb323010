package org.safepassage.intake;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The operator's choices for one intake node, bound from {@code safepassage.intake.*}.
 *
 * @param dataDir           where the H2 database, pepper and signing key live
 * @param recipients        desk age recipients every envelope is sealed to (team key, escrow key…)
 * @param deskSigningKey    the desk's Ed25519 public key file; needed to import reply batches
 * @param pathDir           a folder with the deployment's own path.fa.md / path.en.md (the offer text)
 * @param secureCookie      mark the session cookie Secure (when served over TLS)
 * @param maxStored         storage quota for envelopes not yet collected; beyond it new submissions wait
 * @param minFreeDisk       free space kept on the data volume
 * @param maxAttachments    files per submission
 * @param maxAttachmentSize bytes per file
 * @param maxRequestSize    bytes per request, all files together
 * @param uploadMemory      request bodies held in memory at once, counted as their bytes arrive (bounds memory
 *                          under a surge; a slow or idle upload holds only what it sent)
 * @param minUploadRate     bytes a second a body must average once {@code uploadGrace} has passed, or it is cut off
 * @param uploadGrace       how long a body may arrive at any pace before {@code minUploadRate} applies
 * @param concurrentSubmissions submissions sealed and stored at once; the rest wait briefly, then see "busy"
 * @param admission         when new sessions must earn admission: {@code auto} (while a flood lasts), {@code always}, {@code off}
 * @param floodPerMinute    arrivals of unadmitted sessions per minute that count as a flood
 * @param proofOfWorkBits   leading zero bits a browser's proof of work needs at the flood threshold (more as it grows)
 * @param waitSeconds       how long a browser without JavaScript waits instead
 * @param waitAdmissionsPerMinute how many waiting browsers are let in per minute during a flood
 * @param maxSessions       sessions held at once; beyond it new visitors see "busy, try again in a minute"
 * @param sessions          where sessions live: {@code auto} (shared on PostgreSQL, in memory on the embedded
 *                          database), {@code memory} or {@code shared} (sealed in the database, see SessionMode)
 * @param replyRetention    how long a reply waits for its submitter before it is deleted for good
 * @param publicAddress     where submitters reach this intake (its onion address, say); written into the offline
 *                          sealer and the printable card so that packets and receipts find their way back
 * @param outbox            where a serving intake writes its batches for the desk (default: {@code outbox} in the data folder)
 * @param exportEvery       how often a serving intake exports what waits ({@code 0} for only on request)
 */
@ConfigurationProperties("safepassage.intake")
public record IntakeSettings(
        Path dataDir,
        @DefaultValue List<String> recipients,
        Path deskSigningKey,
        Path pathDir,
        @DefaultValue("false") boolean secureCookie,
        @DefaultValue("8GB") DataSize maxStored,
        @DefaultValue("256MB") DataSize minFreeDisk,
        @DefaultValue("5") int maxAttachments,
        @DefaultValue("10MB") DataSize maxAttachmentSize,
        @DefaultValue("26MB") DataSize maxRequestSize,
        @DefaultValue("128MB") DataSize uploadMemory,
        @DefaultValue("2KB") DataSize minUploadRate,
        @DefaultValue("15s") Duration uploadGrace,
        @DefaultValue("64") int concurrentSubmissions,
        @DefaultValue("auto") String admission,
        @DefaultValue("300") int floodPerMinute,
        @DefaultValue("16") int proofOfWorkBits,
        @DefaultValue("20") int waitSeconds,
        @DefaultValue("60") int waitAdmissionsPerMinute,
        @DefaultValue("50000") int maxSessions,
        @DefaultValue("auto") String sessions,
        @DefaultValue("90d") Duration replyRetention,
        String publicAddress,
        Path outbox,
        @DefaultValue("10m") Duration exportEvery) {

    /** The outbox folder: the one set, or {@code outbox} in the data folder. */
    public Path outboxDir() {
        return outbox != null ? outbox : dataDir.resolve("outbox");
    }
}
