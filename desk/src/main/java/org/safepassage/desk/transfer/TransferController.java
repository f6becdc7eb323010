package org.safepassage.desk.transfer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.safepassage.core.batch.BatchRejectedException;
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
        Path incoming = Files.createDirectories(settings.dataDir().resolve("incoming"));
        Path file = Files.createTempFile(incoming, "upload-", ".zip");
        try {
            upload.transferTo(file);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
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
