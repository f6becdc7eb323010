package org.safepassage.desk.keys;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.safepassage.core.envelope.AgeIdentity;
import org.safepassage.core.envelope.EnvelopeOpener;
import org.safepassage.core.envelope.EnvelopeSealer;
import org.safepassage.desk.audit.AuditAction;
import org.safepassage.desk.audit.AuditLog;
import org.safepassage.desk.system.DeskKeys;
import org.safepassage.desk.transfer.AttachmentStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves the desk to a new identity without losing anything sealed to the old one. What the desk
 * keeps sealed (attachments; registrations and messages are stored opened) is re-sealed, one at a
 * time and each in its own transaction, from the current or a retired identity to the new one, so an
 * interrupted rotation can simply be run again. Envelopes still on their way from the intake, sealed
 * to the old key, open with it given as a retired identity until the last of them is imported.
 */
@Service
public class IdentityRotation {

    private final DeskKeys keys;
    private final AttachmentStore attachments;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    public IdentityRotation(DeskKeys keys, AttachmentStore attachments, AuditLog audit, TransactionTemplate transaction) {
        this.keys = keys;
        this.attachments = attachments;
        this.audit = audit;
        this.transaction = transaction;
    }

    /** Re-seals every attachment to {@code next}; returns how many were re-sealed (those already sealed to it are left). */
    public int rotateTo(AgeIdentity next, String actor) throws IOException {
        EnvelopeOpener current = keys.opener();
        EnvelopeOpener alreadyNew = new EnvelopeOpener(next);
        EnvelopeSealer sealer = new EnvelopeSealer(List.of(next.recipient()));
        int resealed = 0;
        for (String id : attachments.ids()) {
            byte[] sealed = attachments.sealed(id).orElseThrow();
            if (opens(alreadyNew, sealed)) {
                continue;
            }
            ByteArrayOutputStream plain = new ByteArrayOutputStream(sealed.length);
            try (InputStream opened = current.open(new ByteArrayInputStream(sealed))) {
                opened.transferTo(plain);
            }
            byte[] resealedBytes = sealer.seal(plain.toByteArray());
            transaction.executeWithoutResult(status -> attachments.reseal(id, resealedBytes));
            resealed++;
        }
        audit.append(actor, AuditAction.IDENTITY_ROTATED, "desk-identity", "re-sealed " + resealed
                + " attachments to the new desk key " + next.recipient().fingerprint());
        return resealed;
    }

    private static boolean opens(EnvelopeOpener opener, byte[] sealed) {
        try (InputStream opened = opener.open(new ByteArrayInputStream(sealed))) {
            opened.readNBytes(1);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
