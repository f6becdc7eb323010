package org.safepassage.desk.transfer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Pattern;
import org.safepassage.core.batch.BatchRejectedException;
import org.safepassage.core.registration.Urgency;
import org.safepassage.desk.DeskSettings;
import org.safepassage.desk.messaging.MessageStore;
import org.safepassage.desk.system.Compartment;
import org.safepassage.desk.messaging.ReplyExport;
import org.safepassage.desk.staff.SignedInStaff;
import org.safepassage.desk.system.NotFound;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.safepassage.desk.progress.LongWork;
import org.safepassage.desk.progress.LongWorkPage;
import org.safepassage.desk.progress.Task;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins bring intake batches in and take reply batches out through the browser. */
@Controller
@RequestMapping("/admin/transfers")
public class TransferController {

    private static final Pattern REPLY_BATCH_NAME = Pattern.compile("desk-replies-[0-9]{8}-[0-9]{6}\\.zip");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private static final java.time.Duration WAIT_FOR_RESULT = java.time.Duration.ofSeconds(5);
    /** The zones the Batches page offers for a list's local times, by the value its choice sends. */
    private static final Map<String, ZoneId> LIST_TIME_ZONES = Map.of("Asia/Tehran", ZoneId.of("Asia/Tehran"), "UTC", ZoneOffset.UTC);

    private final ImportRunner imports;
    private final LongWork work;
    private final ReplyExport replyExport;
    private final TransferLog transfers;
    private final MessageStore messages;
    private final DeskSettings settings;

    public TransferController(ImportRunner imports, LongWork work, ReplyExport replyExport, TransferLog transfers,
                              MessageStore messages, DeskSettings settings) {
        this.imports = imports;
        this.work = work;
        this.replyExport = replyExport;
        this.transfers = transfers;
        this.messages = messages;
        this.settings = settings;
    }

    @GetMapping
    String page(Compartment compartment, Model model) {
        model.addAttribute("transfers", transfers.latest(50));
        model.addAttribute("outbox", messages.outboxSize(compartment));
        LongWorkPage.show(model, work, Task.Kind.IMPORT, Task.Kind.VETTING);
        return "transfers";
    }

    @PostMapping("/import")
    String upload(@RequestParam("batch") MultipartFile upload, @AuthenticationPrincipal SignedInStaff staff,
                  RedirectAttributes redirect) throws IOException, InterruptedException {
        if (upload.isEmpty()) {
            redirect.addFlashAttribute("problem", "Choose a batch file (.zip from the intake).");
            return "redirect:/admin/transfers";
        }
        Path file = saved(upload, "upload-", ".zip");
        Future<ImportResult> running = imports.submit(file, staff.username());
        try {
            // a small batch is done within moments: its result shows at once, as before
            ImportResult result = running.get(WAIT_FOR_RESULT.toMillis(), TimeUnit.MILLISECONDS);
            redirect.addFlashAttribute(result.replay() ? "problem" : "notice", "Batch " + result.batchId() + ": " + result.summary());
            redirect.addFlashAttribute("failures", result.failures());
        } catch (TimeoutException stillRunning) {
            redirect.addFlashAttribute("notice", "The batch is being imported; this page follows it and shows how it ended.");
        } catch (ExecutionException failed) {
            String why = failed.getCause() instanceof BatchRejectedException rejected ? rejected.getMessage()
                    : "the import stopped (" + failed.getCause() + "); what was stored before stays, and importing the batch "
                    + "again finishes it";
            redirect.addFlashAttribute("problem", "Batch refused, nothing imported: " + why);
        }
        return "redirect:/admin/transfers";
    }

    /**
     * A partner's list of registrations (JSON lines or CSV), imported under the name the operator gives
     * it; the urgency chosen (if any) goes to the lines that say none, and the zone chosen (if any) to
     * times written without one. See {@link PartnerListImport}.
     */
    @PostMapping("/import-list")
    String uploadList(@RequestParam("list") MultipartFile upload, @RequestParam("name") String name,
                      @RequestParam(name = "urgency", required = false) String urgency,
                      @RequestParam(name = "localTimes", required = false) String localTimes,
                      @AuthenticationPrincipal SignedInStaff staff, RedirectAttributes redirect) throws IOException {
        if (upload.isEmpty()) {
            redirect.addFlashAttribute("problem", "Choose the list's file (JSON lines, one registration per line, or CSV with a "
                    + "header; gzipped or not).");
            return "redirect:/admin/transfers";
        }
        if (!PartnerListImport.LIST_NAME.matcher(name).matches()) {
            redirect.addFlashAttribute("problem", "Name the list with 2 to 20 small letters, digits or dashes (tv, partner-2): "
                    + "the name begins the id of each of its registrations.");
            return "redirect:/admin/transfers";
        }
        Urgency given = urgency == null || urgency.isBlank() ? null : Urgency.read(urgency).orElse(null);
        if (urgency != null && !urgency.isBlank() && given == null) {
            redirect.addFlashAttribute("problem", "Choose an urgency from the list, or none.");
            return "redirect:/admin/transfers";
        }
        ZoneId zone = localTimes == null || localTimes.isBlank() ? null : LIST_TIME_ZONES.get(localTimes);
        if (localTimes != null && !localTimes.isBlank() && zone == null) {
            redirect.addFlashAttribute("problem", "Choose the zone of the list's local times from the list, or none.");
            return "redirect:/admin/transfers";
        }
        Path file = saved(upload, "list-", ".jsonl");
        String shownName = shownName(upload.getOriginalFilename());
        Future<ListImportResult> running = imports.submitList(file, shownName, name, new ListTerms(given, zone), staff.username());
        try {
            ListImportResult result = running.get(WAIT_FOR_RESULT.toMillis(), TimeUnit.MILLISECONDS);
            redirect.addFlashAttribute(result.replay() ? "problem" : "notice", "List " + result.list() + ": " + result.summary());
            redirect.addFlashAttribute("leftOut", result.firstLeftOut());
            redirect.addFlashAttribute("reading", result.reading());
        } catch (TimeoutException stillRunning) {
            redirect.addFlashAttribute("notice", "The list is being imported; this page follows it and shows how it ended.");
        } catch (ExecutionException failed) {
            String why = failed.getCause() instanceof IOException || failed.getCause() instanceof IllegalArgumentException
                    ? failed.getCause().getMessage() : String.valueOf(failed.getCause());
            redirect.addFlashAttribute("problem", "List import stopped: " + why + ". What was stored before stays; importing the "
                    + "file again finishes it.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            redirect.addFlashAttribute("notice", "The list is being imported; this page follows it and shows how it ended.");
        }
        return "redirect:/admin/transfers";
    }

    /** The upload in a file of the desk's incoming folder, for the import to read and then delete. */
    private Path saved(MultipartFile upload, String prefix, String suffix) throws IOException {
        Path incoming = Files.createDirectories(settings.dataDir().resolve("incoming"));
        Path file = Files.createTempFile(incoming, prefix, suffix);
        try {
            upload.transferTo(file);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return file;
    }

    /** An upload's own file name as messages show it: the name alone, in plain characters, at most 80. */
    private static String shownName(String original) {
        String name = original == null ? "" : original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        return name.isBlank() ? "list.jsonl" : name.substring(0, Math.min(80, name.length()));
    }

    @PostMapping("/export")
    String export(@AuthenticationPrincipal SignedInStaff staff, RedirectAttributes redirect) throws IOException {
        Path file = outbox().resolve("desk-replies-" + LocalDateTime.now().format(STAMP) + ".zip");
        ReplyExport.Result result = replyExport.export(file, staff.username());
        if (result.batchId() == null) {
            redirect.addFlashAttribute("notice", "No replies are queued and every intake envelope held is acknowledged; nothing exported.");
        } else {
            redirect.addFlashAttribute("notice", result.replies() + " sealed replies and acknowledgements of " + result.acknowledged()
                    + " intake envelopes exported as batch " + result.batchId()
                    + ". Carry the file to the intake (./run intake import-replies); it then deletes the acknowledged envelopes.");
            redirect.addFlashAttribute("download", file.getFileName().toString());
        }
        return "redirect:/admin/transfers";
    }

    @GetMapping("/outbox/{name}")
    ResponseEntity<FileSystemResource> download(@PathVariable String name) throws IOException {
        if (!REPLY_BATCH_NAME.matcher(name).matches() || !Files.isRegularFile(outbox().resolve(name))) {
            throw new NotFound();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(new FileSystemResource(outbox().resolve(name)));
    }

    private Path outbox() throws IOException {
        return Files.createDirectories(settings.dataDir().resolve("outbox"));
    }
}
