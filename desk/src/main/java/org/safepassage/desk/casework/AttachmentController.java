package org.safepassage.desk.casework;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.safepassage.core.message.FollowUp;
import org.safepassage.core.padding.Padding;
import org.safepassage.core.registration.AttachmentRef;
import org.safepassage.core.text.DisplaySafeText;
import org.safepassage.desk.audit.AuditAction;
import org.safepassage.desk.audit.AuditLog;
import org.safepassage.desk.messaging.ThreadMessage;
import org.safepassage.desk.registration.RegistrationStore;
import org.safepassage.desk.registration.StoredRegistration;
import org.safepassage.desk.messaging.MessageStore;
import org.safepassage.desk.staff.SignedInStaff;
import org.safepassage.desk.system.DeskKeys;
import org.safepassage.desk.system.NotFound;
import org.safepassage.desk.transfer.AttachmentStore;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Opens an attachment of a case on request: checks it belongs to the case's submitters, opens it
 * with the desk identity in memory, checks its SHA-256 against the document that named it, and
 * sends it as a download (never shown inline). Each opening is audited.
 */
@Controller
public class AttachmentController {

    private static final int MAX_ATTACHMENT_BYTES = 64 << 20;

    private final Cases cases;
    private final RegistrationStore registrations;
    private final MessageStore messages;
    private final AttachmentStore attachments;
    private final DeskKeys keys;
    private final AuditLog audit;

    public AttachmentController(Cases cases, RegistrationStore registrations, MessageStore messages,
                                AttachmentStore attachments, DeskKeys keys, AuditLog audit) {
        this.cases = cases;
        this.registrations = registrations;
        this.messages = messages;
        this.attachments = attachments;
        this.keys = keys;
        this.audit = audit;
    }

    @GetMapping("/cases/{caseId}/attachments/{attachmentId}")
    ResponseEntity<byte[]> open(@PathVariable long caseId, @PathVariable String attachmentId,
                                @AuthenticationPrincipal SignedInStaff staff) throws IOException {
        cases.find(caseId, staff);
        List<StoredRegistration> linked = registrations.ofCase(caseId, staff.compartment());
        List<String> threads = linked.stream().map(StoredRegistration::threadTag).distinct().toList();
        AttachmentRef ref = reference(linked, messages.ofThreads(threads), attachmentId).orElseThrow(NotFound::new);
        byte[] sealed = threads.stream().map(tag -> attachments.sealed(attachmentId, tag)).flatMap(Optional::stream)
                .findFirst().orElseThrow(NotFound::new);
        // Padded to its size class when sealed (Padding): the registration gives the file's own size.
        byte[] plaintext = Padding.withoutAttachmentPadding(keys.opener().open(sealed, MAX_ATTACHMENT_BYTES), ref.size());
        if (!sha256(plaintext).equals(ref.sha256())) {
            throw new IOException("attachment " + attachmentId + " does not match the SHA-256 its document gives");
        }
        audit.append(staff.username(), AuditAction.ATTACHMENT_OPENED, "case:C-" + String.format("%05d", caseId),
                "attachment " + attachmentId + " (" + plaintext.length + " bytes)");
        String name = ref.name() == null ? "" : DisplaySafeText.fileName(ref.name());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name.isEmpty() ? attachmentId : name, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(plaintext);
    }

    private static Optional<AttachmentRef> reference(List<StoredRegistration> linked, List<ThreadMessage> thread, String id) {
        Stream<AttachmentRef> fromRegistrations = linked.stream().flatMap(r -> r.document().attachments().stream());
        Stream<AttachmentRef> fromFollowUps = thread.stream().filter(ThreadMessage::incoming)
                .filter(m -> m.document() != null)
                .flatMap(m -> FollowUp.fromJson(m.document().getBytes(StandardCharsets.UTF_8)).attachments().stream());
        return Stream.concat(fromRegistrations, fromFollowUps).filter(ref -> id.equals(ref.envelope())).findFirst();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
