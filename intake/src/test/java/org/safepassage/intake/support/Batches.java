package org.safepassage.intake.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.safepassage.core.batch.Acknowledgement;
import org.safepassage.core.batch.BatchEntry;
import org.safepassage.core.batch.BatchOrigin;
import org.safepassage.core.batch.BatchReader;
import org.safepassage.core.batch.BatchWriter;
import org.safepassage.core.batch.EnvelopeKind;
import org.safepassage.core.batch.VerifiedBatch;
import org.safepassage.core.envelope.AgeRecipient;
import org.safepassage.core.envelope.EnvelopeOpener;
import org.safepassage.core.envelope.EnvelopeSealer;
import org.safepassage.core.message.Reply;
import org.safepassage.core.message.SubmitterStatus;
import org.safepassage.core.packet.Packet;
import org.safepassage.core.packet.PacketContents;
import org.safepassage.core.packet.PacketOpener;
import org.safepassage.core.signing.SigningKey;
import org.safepassage.intake.transfer.BatchExport;

/** The desk's half of a transfer, done with core alone: read an intake batch, write a reply batch. */
public final class Batches {

    private Batches() {
    }

    /** Exports the intake's pending envelopes and opens every one of them with the desk identity. */
    public static List<Opened> exportAndOpen(RunningIntake intake, Path file) throws IOException {
        List<Opened> opened = new ArrayList<>();
        if (intake.bean(BatchExport.class).export(file).envelopes() == 0) {
            return opened;
        }
        try (VerifiedBatch batch = new BatchReader(intake.bean(org.safepassage.intake.system.IntakeKeys.class)
                .signingKey().verifyingKey(), BatchOrigin.INTAKE).verify(file)) {
            EnvelopeOpener opener = new EnvelopeOpener(intake.deskIdentity());
            for (BatchEntry entry : batch.entries()) {
                if (entry.kind() == EnvelopeKind.PACKET) {
                    PacketContents contents = new PacketOpener(opener).open(Packet.fromBytes(batch.envelope(entry)));
                    opened.add(new Opened(entry, contents.registrationJson(entry.id(), Instant.now())
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                } else {
                    opened.add(new Opened(entry, opener.open(batch.envelope(entry), 64 << 20)));
                }
            }
        }
        return opened;
    }

    /** A desk-signed batch with one reply, sealed to the submitter's reply recipient from the intake's manifest. */
    public static Path replyBatch(Path file, SigningKey deskKey, String thread, String replyRecipient, String message,
                                  SubmitterStatus status) throws IOException {
        return replyBatch(file, deskKey, thread, replyRecipient, message, status, null);
    }

    /** As above, naming the reply recipient in the manifest as the desk does for a thread addressed by lookup key. */
    public static Path replyBatch(Path file, SigningKey deskKey, String thread, String replyRecipient, String message,
                                  SubmitterStatus status, String replyToInManifest) throws IOException {
        byte[] sealed = new EnvelopeSealer(List.of(new AgeRecipient(replyRecipient)))
                .seal(new Reply(Reply.SCHEMA, "m-" + Long.toHexString(System.nanoTime()) + "00000000", Instant.now(), message,
                        status).toJsonBytes());
        try (OutputStream out = Files.newOutputStream(file);
             BatchWriter writer = new BatchWriter(out, deskKey, BatchOrigin.DESK, Instant.now())) {
            writer.add("m-" + Long.toHexString(System.nanoTime()) + "0000", EnvelopeKind.REPLY, thread, replyToInManifest, sealed);
        }
        return file;
    }

    /** A desk-signed batch acknowledging that the desk holds these envelopes of intake batch {@code intakeBatch}. */
    public static Path ackBatch(Path file, SigningKey deskKey, String intakeBatch, List<Acknowledgement.Held> held)
            throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
             BatchWriter writer = new BatchWriter(out, deskKey, BatchOrigin.DESK, Instant.now())) {
            writer.add("k-" + Long.toHexString(System.nanoTime()) + "0000", EnvelopeKind.ACK, intakeBatch, null,
                    Acknowledgement.of(intakeBatch, held).toJsonBytes());
        }
        return file;
    }

    /** One envelope from a batch with its plaintext. */
    public record Opened(BatchEntry entry, byte[] plaintext) {
        public String text() {
            return new String(plaintext, java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
