package org.safepassage.desk.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.safepassage.core.json.ByteLines;
import org.safepassage.core.registration.Registration;
import org.safepassage.core.registration.RegistrationParser;
import org.safepassage.core.registration.RegistrationReading;
import org.safepassage.desk.audit.AuditAction;
import org.safepassage.desk.audit.AuditLog;
import org.safepassage.desk.progress.LongWork;
import org.safepassage.desk.progress.Task;
import org.safepassage.desk.registration.RegistrationStore;
import org.safepassage.desk.system.TriageTeam;
import org.safepassage.vetting.run.ReadingReport;
import org.safepassage.vetting.run.RegistrationLine;
import org.safepassage.vetting.run.RegistrationsFile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a partner organisation's list of registrations: JSON lines or CSV, read as {@code vet} reads
 * them (the schema's reading rules, an export's own column names, gzip), so that what a partner
 * collected is vetted beside what came through the intake. The desk knows two things a list
 * often leaves out: its schema, and that it came as a list (channel {@code import}); the urgency
 * and the zone of its local times only when the operator gives them ({@link ListTerms}). Each registration is stored under
 * the list's name and its id in the list ({@code tv-r-000123}), with a thread of its own that has no
 * reply key: the desk cannot write back to a person through the partner's list.
 *
 * <p>Nothing held is changed. A line already stored from the list (the same document) is held
 * before; a different registration under an id the desk holds is left out and reported, never
 * written over; a file imported before (under the same terms) is refused as a replay. Every line left out is reported
 * with its number and why, and the lines read are counted by cause, as {@code vet} prints them.
 */
@Service
public class PartnerListImport {

    /**
     * A list's name: it begins every id the desk gives the list's registrations. Two characters at
     * least, so that no such id can take the form of an intake's envelope id (a letter, a dash, …)
     * and stand in the way of an envelope still to come.
     */
    public static final Pattern LIST_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{1,19}");
    private static final int LINES_PER_TRANSACTION = 500;
    /** How {@code vet}'s summary begins its advice for a list that lacks required fields on every line. */
    private static final String VET_ADVICE = "  every skipped line lacks";
    private static final String NO_URGENCY = "urgency: is required";
    /** How the reading refuses a time of arrival written without a zone. */
    private static final String LOCAL_TIME = "receivedAt: " + RegistrationParser.NO_TIME_ZONE;

    private final RegistrationStore registrations;
    private final TriageTeam triageTeam;
    private final TransferLog transfers;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ImportListeners listeners;
    private final LongWork work;

    public PartnerListImport(RegistrationStore registrations, TriageTeam triageTeam, TransferLog transfers, AuditLog audit,
                             TransactionTemplate transaction, Clock clock, ImportListeners listeners, LongWork work) {
        this.registrations = registrations;
        this.triageTeam = triageTeam;
        this.transfers = transfers;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.listeners = listeners;
        this.work = work;
    }

    /**
     * Imports the file under the list's name; the {@code terms} fill in what lines leave unsaid
     * (an urgency, the zone of local times). {@code shownName} is the file's name as the operator knows it (an upload's own
     * name), for the messages. A file that is neither JSON lines nor CSV is refused whole with what to do.
     */
    public synchronized ListImportResult importList(Path file, String shownName, String list, ListTerms terms, String actor)
            throws IOException {
        if (list == null || !LIST_NAME.matcher(list).matches()) {
            throw new IllegalArgumentException("a list's name is 2 to 20 small letters, digits or dashes, beginning with a letter "
                    + "or digit (it begins the id the desk gives each of its registrations: tv-r-000123)");
        }
        // the terms given are part of what is imported: the same file again with an urgency takes in the lines that lacked one
        String importId = "list-" + list + "-" + digest(file) + terms.importSuffix();
        var previous = transfers.find(importId);
        if (previous.isPresent()) {
            String why = "this file was imported as list " + list + terms.inWords()
                    + " at " + previous.get() + "; importing it again changes nothing";
            audit.append(actor, AuditAction.IMPORT_REFUSED, "list:" + list, why);
            return ListImportResult.replay(list, importId, why);
        }
        Task task = work.start(Task.Kind.IMPORT, "list " + list + " (" + shownName + ")", 0);
        try {
            ListImportResult done = read(file, shownName, list, terms, importId, task);
            transaction.executeWithoutResult(status -> transfers.record(importId, "import", clock.instant(), done.stored(),
                    done.leftOut(), actor));
            audit.append(actor, AuditAction.IMPORT, "list:" + list, done.summary());
            // the page that follows a long import shows these: the counts by cause, then the lines left out
            task.done("List " + list + ": " + done.summary(), Stream.concat(done.reading().stream(),
                    done.firstLeftOut().stream().map(left -> left.where() + ": " + left.reason())).toList());
            return done;
        } catch (IOException | RuntimeException e) {
            audit.append(actor, AuditAction.IMPORT_REFUSED, "list:" + list, "stopped: " + e.getMessage());
            task.failed("Stopped: " + e.getMessage() + "; what was stored before stays, and importing the file again finishes it");
            throw e;
        }
    }

    private ListImportResult read(Path path, String shownName, String list, ListTerms terms, String importId, Task task)
            throws IOException {
        ListImportResult.Builder result = new ListImportResult.Builder(list, importId);
        ReadingReport report = new ReadingReport(null);
        Instant now = clock.instant();
        long teamId = triageTeam.id();
        Set<String> ids = new HashSet<>();
        ListLine listLines = new ListLine(list, terms);
        try (RegistrationsFile file = RegistrationsFile.open(path)) {
            task.phase("reading and storing registrations", file.size());
            ByteLines lines = new ByteLines(file.bytes()).refusingUtf16(shownName);
            int lineNumber = 0;
            long position = 0;
            List<byte[]> chunk;
            while (!(chunk = next(lines, file)).isEmpty()) {
                if (lineNumber == 0) {
                    RegistrationsFile.refuseWhatIsNotJsonLines(Path.of(shownName), chunk);
                }
                List<Listed> read = new ArrayList<>();
                for (byte[] bytes : chunk) {
                    lineNumber++;
                    Listed listed = read(bytes, listLines, lineNumber, ids, report, result);
                    if (listed != null) {
                        read.add(listed);
                    }
                }
                List<Listed> fresh = fresh(read, result);
                transaction.executeWithoutResult(status -> fresh.forEach(listed -> {
                    String thread = ListLine.threadOf(listed.registration().id());
                    registrations.upsertThread(thread, null);
                    registrations.insert(listed.registration(), thread, teamId, importId, list, listed.document(), now);
                }));
                if (!fresh.isEmpty()) {
                    result.stored(fresh.size());
                    listeners.tell("list " + list, listener -> listener.stored(fresh.stream().map(Listed::registration).toList()));
                }
                task.advance(file.position() - position);
                position = file.position();
            }
        } catch (IOException e) {
            // an upload is read from a file of the desk's own naming: the message names the operator's file
            throw new IOException(String.valueOf(e.getMessage()).replace(path.toString(), shownName), e);
        }
        ListImportResult done = result.build(reading(report, terms));
        if (done.stored() > 0) {
            task.phase("vetting everything held (campaigns, scores)", 0);
            listeners.tell("list " + list, listener -> listener.finished(done.stored()));
        }
        return done;
    }

    /**
     * The reading's counts by cause, as {@code vet} prints them, but with what to do on the desk:
     * {@code vet}'s advice to add fields with jq is left out (the desk fills in the schema and the
     * channel itself), and lines without an urgency or with local times are told how to come in.
     */
    private static List<String> reading(ReadingReport report, ListTerms terms) {
        List<String> lines = new ArrayList<>(report.summary().stream().filter(line -> !line.startsWith(VET_ADVICE)).toList());
        int withoutUrgency = report.skippedByCause().getOrDefault(NO_URGENCY, 0);
        if (terms.urgency() == null && withoutUrgency > 0) {
            lines.add(String.format("  %,d lines give no urgency: import the file again with the urgency to give them (--urgency, "
                    + "or the choice on the Batches page); what is stored stays as it is", withoutUrgency));
        }
        int localTimes = report.skippedByCause().entrySet().stream().filter(cause -> cause.getKey().startsWith(LOCAL_TIME))
                .mapToInt(Map.Entry::getValue).sum();
        if (terms.localTimes() == null && localTimes > 0) {
            lines.add(String.format("  %,d lines give their time of arrival without a zone: import the file again with the zone "
                    + "its times are at (--local-times-at, or the choice on the Batches page); what is stored stays as it is",
                    localTimes));
        }
        return lines;
    }

    private static List<byte[]> next(ByteLines lines, RegistrationsFile file) throws IOException {
        List<byte[]> chunk = new ArrayList<>(LINES_PER_TRANSACTION);
        try {
            byte[] line;
            while (chunk.size() < LINES_PER_TRANSACTION && (line = lines.next()) != null) {
                chunk.add(line);
            }
        } catch (IOException e) {
            throw file.failure(e);
        }
        return chunk;
    }

    /** The line as the desk keeps it, or null when it is left out (reported) or blank. */
    private static Listed read(byte[] bytes, ListLine listLines, int lineNumber, Set<String> ids, ReadingReport report,
                               ListImportResult.Builder result) {
        ListLine.Read read = listLines.read(bytes);
        RegistrationLine line = read.line();
        if (line instanceof RegistrationLine.Read registration && !ids.add(registration.reading().registration().id())) {
            line = new RegistrationLine.Skipped(ListLine.listIdOf(read.document()), RegistrationLine.REPEATED_ID);
        }
        if (line instanceof RegistrationLine.Skipped skipped) {
            report.skipped(lineNumber, skipped.id(), skipped.why());
            result.leftOut(lineNumber, skipped.id(), skipped.reason());
            return null;
        }
        if (line instanceof RegistrationLine.Read registration) {
            RegistrationReading reading = registration.reading();
            report.setAside(lineNumber, reading.registration().id(), reading.setAside());
            report.ignored(reading.ignoredFields());
            return new Listed(lineNumber, reading.registration(), read.document());
        }
        return null;
    }

    /**
     * Of the lines read, those the desk does not hold (looked up a chunk at a time); one held before
     * as it is now is counted, a different registration under its id reported and left out.
     */
    private List<Listed> fresh(List<Listed> read, ListImportResult.Builder result) {
        Map<String, String> held = registrations.documents(read.stream().map(listed -> listed.registration().id()).toList());
        List<Listed> fresh = new ArrayList<>();
        for (Listed listed : read) {
            String id = listed.registration().id();
            String document = held.get(id);
            if (document == null) {
                fresh.add(listed);
            } else if (document.equals(listed.document())) {
                result.heldBefore();
            } else {
                result.leftOut(listed.line(), ListLine.listIdOf(listed.document()), "the desk holds a different registration under " + id
                        + " (this list's line with that id, imported before as it then was); nothing held is written over: "
                        + "give the line another id, or import the list under another name");
            }
        }
        return fresh;
    }

    /** The first 16 hex characters of the file's SHA-256, to know it again. */
    private static String digest(Path file) throws IOException {
        MessageDigest sha256 = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha256.digest()).substring(0, 16);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** A line read from the list: its number, its registration and the document stored. */
    private record Listed(int line, Registration registration, String document) {
    }
}
