package org.safepassage.intake.packet;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.safepassage.core.batch.EnvelopeKind;
import org.safepassage.core.envelope.DeskFingerprint;
import org.safepassage.core.packet.Packet;
import org.safepassage.core.packet.PacketAssembler;
import org.safepassage.core.packet.PacketException;
import org.safepassage.core.packet.PacketOpener;
import org.safepassage.core.packet.PacketProblem;
import org.safepassage.core.receipt.LookupTag;
import org.safepassage.intake.submission.EnvelopeStore;
import org.safepassage.intake.submission.GroupCommit;
import org.safepassage.intake.submission.NewEnvelope;
import org.safepassage.intake.submission.StorageQuota;
import org.safepassage.intake.system.HourClock;
import org.safepassage.intake.system.IntakeKeys;
import org.springframework.stereotype.Service;

/**
 * Takes packets a relay delivers: every complete packet sealed for this deployment's desk key is
 * stored as an envelope, under the thread its lookup key and the pepper name, exactly as durable as
 * a web registration (the answer comes after the commit). A packet delivered before changes nothing;
 * an incomplete, damaged or foreign one stores nothing. The intake cannot open any of them.
 */
@Service
public class PacketDelivery {

    private final IntakeKeys keys;
    private final EnvelopeStore store;
    private final GroupCommit groupCommit;
    private final StorageQuota quota;
    private final HourClock clock;

    public PacketDelivery(IntakeKeys keys, EnvelopeStore store, GroupCommit groupCommit, StorageQuota quota, HourClock clock) {
        this.keys = keys;
        this.store = store;
        this.groupCommit = groupCommit;
        this.quota = quota;
        this.clock = clock;
    }

    public Outcome deliver(String text) {
        PacketAssembler.Assembly assembly;
        try {
            assembly = PacketAssembler.read(text);
        } catch (PacketException e) {
            return new Outcome(List.of(), List.of(), List.of(), List.of(e.problem()));
        }
        DeskFingerprint desk = keys.deskFingerprint().orElseThrow(() -> new IllegalStateException(
                "no desk recipient configured: start the intake with --recipient age1…"));
        List<String> stored = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        List<PacketProblem> problems = new ArrayList<>(assembly.problems());
        for (Packet packet : assembly.complete()) {
            try {
                PacketOpener.requireForThisDesk(packet, desk);
            } catch (PacketException e) {
                problems.add(e.problem());
                continue;
            }
            if (store(packet)) {
                stored.add(packet.id());
            } else {
                duplicates.add(packet.id());
            }
        }
        return new Outcome(stored, duplicates, assembly.incomplete(), problems);
    }

    private boolean store(Packet packet) {
        byte[] bytes = packet.toBytes();
        quota.ensureRoomFor(bytes.length + 4096L);
        LookupTag tag = LookupTag.of(keys.pepper(), packet.lookupKey());
        Instant hour = clock.currentHour();
        boolean[] added = new boolean[1];
        groupCommit.write(() -> {
            if (store.envelopeExists(packet.envelopeId())) {
                return;
            }
            store.createThreadIfAbsent(tag, hour);
            store.add(tag, new NewEnvelope(packet.envelopeId(), EnvelopeKind.PACKET, bytes), hour);
            added[0] = true;
        });
        if (added[0]) {
            quota.stored(bytes.length);
        }
        return added[0];
    }

    /** What became of a delivery: packets stored, packets held before, packets waiting for parts, and every problem. */
    public record Outcome(List<String> stored, List<String> duplicates, List<PacketAssembler.Incomplete> incomplete,
                          List<PacketProblem> problems) {
    }
}
