package org.safepassage.desk.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.safepassage.core.batch.BatchOrigin;
import org.safepassage.core.batch.BatchWriter;
import org.safepassage.core.batch.EnvelopeKind;
import org.safepassage.core.envelope.AgeRecipient;
import org.safepassage.core.envelope.EnvelopeSealer;
import org.safepassage.core.packet.Packet;
import org.safepassage.core.receipt.LookupTag;
import org.safepassage.core.receipt.Pepper;
import org.safepassage.core.receipt.Receipt;
import org.safepassage.core.receipt.ReplyKeys;
import org.safepassage.core.registration.AttachmentRef;
import org.safepassage.core.registration.Channel;
import org.safepassage.core.registration.Organization;
import org.safepassage.core.registration.Person;
import org.safepassage.core.registration.Registration;
import org.safepassage.core.registration.Service;
import org.safepassage.core.registration.Urgency;
import org.safepassage.core.signing.SigningKey;

/** Plays the intake: seals synthetic registrations to the desk and writes an intake-signed batch. */
public final class IntakeBatches {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pepper PEPPER = Pepper.generate(RANDOM);

    private IntakeBatches() {
    }

    /** A synthetic submitter: their receipt, and the thread tag the intake would give them. */
    public record Submitter(Receipt receipt, String tag, String replyRecipient) {
        public static Submitter next() {
            Receipt receipt = Receipt.generate(RANDOM);
            return new Submitter(receipt, LookupTag.of(PEPPER, receipt).hex(), ReplyKeys.recipient(receipt).value());
        }
    }

    /** One envelope to put in a batch. */
    public record Item(String id, EnvelopeKind kind, Submitter submitter, byte[] sealed) {
    }

    public static Registration registration(String id, String givenName, String familyName, String narrative,
                                            List<AttachmentRef> attachments) {
        return registration(id, givenName, familyName, "حسن", 1978, "0012345679", narrative, attachments);
    }

    public static Registration registration(String id, String givenName, String familyName, String fatherName,
                                            Integer birthYear, String nationalId, String narrative,
                                            List<AttachmentRef> attachments) {
        return new Registration(Registration.SCHEMA, id, Instant.now().truncatedTo(ChronoUnit.HOURS), Channel.WEB, "fa",
                new Person(givenName, familyName, fatherName, birthYear, "شیراز", nationalId),
                new Service(Organization.IRGC, "نیروی زمینی", "تیپ ۱۰", "سرگرد", "فرمانده گروهان", 17, "فارس"),
                List.of(), "synthetic access text", narrative, Urgency.HIGH, attachments);
    }

    public static Item sealedRegistration(Registration registration, Submitter submitter, AgeRecipient desk) {
        return new Item(registration.id(), EnvelopeKind.REGISTRATION, submitter,
                new EnvelopeSealer(List.of(desk)).seal(registration.toJsonBytes()));
    }

    /** A packet the submitter sealed offline, as the intake stores it: named by its content, opened only by the desk. */
    public static Item sealedPacket(Packet packet, Submitter submitter) {
        return new Item(packet.envelopeId(), EnvelopeKind.PACKET, submitter, packet.toBytes());
    }

    /** The note a duress receipt's thread holds, as the intake seals it: a registration envelope. */
    public static Item sealedDuressPairing(String realRegistrationId, Submitter duressHolder, AgeRecipient desk) {
        String id = "r-" + java.util.UUID.randomUUID().toString().replace("-", "");
        byte[] note = new org.safepassage.core.message.DuressPairing(org.safepassage.core.message.DuressPairing.SCHEMA, id,
                Instant.now().truncatedTo(ChronoUnit.HOURS), realRegistrationId).toJsonBytes();
        return new Item(id, EnvelopeKind.REGISTRATION, duressHolder,
                new EnvelopeSealer(List.of(desk)).seal(org.safepassage.core.padding.Padding.text(note)));
    }

    /** The note every thread sends when its receipt opens it, as the intake seals it: a follow-up envelope. */
    public static Item sealedVisit(Submitter submitter, AgeRecipient desk) {
        String id = "f-" + java.util.UUID.randomUUID().toString().replace("-", "");
        byte[] note = new org.safepassage.core.message.Visit(org.safepassage.core.message.Visit.SCHEMA, id,
                Instant.now().truncatedTo(ChronoUnit.HOURS)).toJsonBytes();
        return new Item(id, EnvelopeKind.FOLLOWUP, submitter,
                new EnvelopeSealer(List.of(desk)).seal(org.safepassage.core.padding.Padding.text(note)));
    }

    /** A follow-up message as the intake seals it. */
    public static Item sealedFollowUp(String message, Submitter submitter, AgeRecipient desk) {
        return sealedFollowUp(message, null, submitter, desk);
    }

    /** A follow-up written after the submitter's page showed the replies {@code repliesSeen} (null: not said). */
    public static Item sealedFollowUp(String message, List<String> repliesSeen, Submitter submitter, AgeRecipient desk) {
        return sealedFollowUp(message, repliesSeen, List.of(), submitter, desk);
    }

    /** A follow-up bringing files (their envelopes go in the same batch). */
    public static Item sealedFollowUp(String message, List<String> repliesSeen, List<AttachmentRef> attachments,
                                      Submitter submitter, AgeRecipient desk) {
        String id = "f-" + java.util.UUID.randomUUID().toString().replace("-", "");
        byte[] document = new org.safepassage.core.message.FollowUp(org.safepassage.core.message.FollowUp.SCHEMA, id,
                Instant.now().truncatedTo(ChronoUnit.HOURS), "en", message, attachments, repliesSeen).toJsonBytes();
        return new Item(id, EnvelopeKind.FOLLOWUP, submitter,
                new EnvelopeSealer(List.of(desk)).seal(org.safepassage.core.padding.Padding.text(document)));
    }

    public static Item sealedAttachment(String id, byte[] content, Submitter submitter, AgeRecipient desk) {
        return new Item(id, EnvelopeKind.ATTACHMENT, submitter, new EnvelopeSealer(List.of(desk)).seal(content));
    }

    public static Path write(Path file, SigningKey intakeKey, List<Item> items) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
             BatchWriter writer = new BatchWriter(out, intakeKey, BatchOrigin.INTAKE, Instant.now().truncatedTo(ChronoUnit.HOURS))) {
            for (Item item : items) {
                writer.add(item.id(), item.kind(), item.submitter().tag(),
                        item.kind() == EnvelopeKind.REGISTRATION ? item.submitter().replyRecipient() : null, item.sealed());
            }
        }
        return file;
    }

    public static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    public static List<Item> list(Item... items) {
        return new ArrayList<>(List.of(items));
    }
}
