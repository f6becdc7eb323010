package org.safepassage.desk.transfer;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.safepassage.core.packet.Packet;
import org.safepassage.core.packet.PacketAssembler;
import org.safepassage.core.packet.PacketContents;
import org.safepassage.core.packet.PacketException;
import org.safepassage.core.packet.PacketOpener;
import org.safepassage.core.registration.InvalidRegistrationException;
import org.safepassage.core.registration.Registration;
import org.safepassage.core.registration.RegistrationParser;
import org.safepassage.desk.audit.AuditAction;
import org.safepassage.desk.audit.AuditLog;
import org.safepassage.desk.registration.RegistrationStore;
import org.safepassage.desk.system.DeskKeys;
import org.safepassage.desk.system.TriageTeam;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports packets that reached the organisation without the intake (a relay handed them over on a
 * USB stick, say). Each complete packet is opened with the desk identity and its registration stored
 * under the packet's envelope id, so a packet that later also comes through the intake is not held
 * twice. Its thread is named by the packet's lookup key; replies are addressed to it and the intake
 * files them under the tag only it can compute. Incomplete or damaged packets store nothing.
 */
@Service
public class PacketImport {

    private final DeskKeys keys;
    private final RegistrationStore registrations;
    private final TriageTeam triageTeam;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ImportListeners listeners;

    public PacketImport(DeskKeys keys, RegistrationStore registrations, TriageTeam triageTeam, AuditLog audit,
                        TransactionTemplate transaction, Clock clock, ImportListeners listeners) {
        this.keys = keys;
        this.registrations = registrations;
        this.triageTeam = triageTeam;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.listeners = listeners;
    }

    public synchronized Result importText(String text, String source, String actor) {
        PacketAssembler.Assembly assembly;
        try {
            assembly = PacketAssembler.read(text);
        } catch (PacketException e) {
            audit.append(actor, AuditAction.IMPORT_REFUSED, "packets:" + source, e.getMessage());
            return new Result(List.of(), List.of(), List.of(e.getMessage()));
        }
        List<String> problems = new ArrayList<>();
        assembly.problems().forEach(problem -> problems.add(problem.message()));
        assembly.incomplete().forEach(missing -> problems.add("packet " + missing.packetId() + ": parts "
                + missing.missing().stream().map(String::valueOf).collect(Collectors.joining(", ")) + " of " + missing.total()
                + " are missing; nothing of it was stored"));
        PacketOpener opener = new PacketOpener(keys.opener());
        Instant now = clock.instant();
        List<String> stored = new ArrayList<>();
        List<String> held = new ArrayList<>();
        List<Registration> added = new ArrayList<>();
        for (Packet packet : assembly.complete()) {
            String id = packet.envelopeId();
            try {
                PacketContents contents = opener.open(packet);
                String json = contents.registrationJson(id, now);
                Registration registration = RegistrationParser.parse(json);
                boolean isNew = Boolean.TRUE.equals(transaction.execute(status -> {
                    if (registrations.exists(id)) {
                        return false;
                    }
                    String thread = packet.lookupKey().hex();
                    registrations.upsertLookupKeyThread(thread, contents.replyTo().value());
                    registrations.insert(registration, thread, triageTeam.id(), "packet:" + packet.id(), json, now);
                    return true;
                }));
                if (isNew) {
                    stored.add(id);
                    added.add(registration);
                } else {
                    held.add(id);
                }
            } catch (PacketException | InvalidRegistrationException e) {
                problems.add(e instanceof InvalidRegistrationException ? "packet " + packet.id()
                        + " holds no valid registration: " + e.getMessage() : e.getMessage());
            }
        }
        if (!added.isEmpty()) {
            listeners.tell("packets from " + source, listener -> {
                listener.stored(added);
                listener.finished(added.size());
            });
        }
        Result result = new Result(stored, held, problems);
        boolean refused = stored.isEmpty() && held.isEmpty();
        audit.append(actor, refused ? AuditAction.IMPORT_REFUSED : AuditAction.IMPORT, "packets:" + source,
                result.summary());
        return result;
    }

    /** Registrations stored (by envelope id), packets held before, and every problem in English. */
    public record Result(List<String> stored, List<String> alreadyHeld, List<String> problems) {

        public String summary() {
            return stored.size() + " packet(s) stored, " + alreadyHeld.size() + " held before, " + problems.size()
                    + " problem(s)";
        }
    }
}
