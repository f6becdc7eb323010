package org.safepassage.core.envelope;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import com.exceptionfactory.jagged.EncryptingChannelFactory;
import com.exceptionfactory.jagged.RecipientStanzaWriter;
import com.exceptionfactory.jagged.framework.stream.StandardEncryptingChannelFactory;
import com.exceptionfactory.jagged.x25519.X25519RecipientStanzaWriterFactory;

/**
 * Seals plaintext into an age file readable by any one of the given recipients (team key, escrow
 * key…), all of one {@link RecipientKind}.
 */
public final class EnvelopeSealer {

    private static final int CHUNK = 64 * 1024;

    private final List<AgeRecipient> recipients;
    /** Made once per sealer: each wraps every new file key for its recipient. */
    private final List<RecipientStanzaWriter> writers;
    private final EncryptingChannelFactory channels = new StandardEncryptingChannelFactory(CryptoProvider.BOUNCY_CASTLE);

    public EnvelopeSealer(List<AgeRecipient> recipients) {
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("an envelope needs at least one recipient");
        }
        if (recipients.stream().map(AgeRecipient::kind).distinct().count() > 1) {
            throw new IllegalArgumentException("an envelope is sealed to post-quantum (age1pq1…) or to classical (age1…) "
                    + "recipients, never both: a classical stanza beside a post-quantum one would open the envelope to "
                    + "whoever breaks X25519");
        }
        this.recipients = List.copyOf(recipients);
        try {
            this.writers = stanzaWriters();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("a recipient cannot be sealed to: " + e.getMessage(), e);
        }
    }

    public List<AgeRecipient> recipients() {
        return recipients;
    }

    /** Streams plaintext into a sealed age file; the output is complete once this returns. */
    public void seal(InputStream plaintext, OutputStream sealed) throws IOException {
        try (WritableByteChannel encrypting = channels.newEncryptingChannel(Channels.newChannel(sealed), writers)) {
            byte[] buffer = new byte[CHUNK];
            int read;
            while ((read = plaintext.read(buffer)) != -1) {
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, read);
                while (chunk.hasRemaining()) {
                    encrypting.write(chunk);
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IOException("sealing failed: " + e.getMessage(), e);
        }
    }

    /**
     * A stream that seals what is written to it into {@code sealed}; the age file is complete once
     * the stream is closed. For plaintext produced on the fly (a backup archive), never held whole.
     */
    public OutputStream sealing(OutputStream sealed) throws IOException {
        try {
            return Channels.newOutputStream(channels.newEncryptingChannel(Channels.newChannel(sealed), writers));
        } catch (GeneralSecurityException e) {
            throw new IOException("sealing failed: " + e.getMessage(), e);
        }
    }

    public byte[] seal(byte[] plaintext) {
        ByteArrayOutputStream sealed = new ByteArrayOutputStream(plaintext.length + 512);
        try {
            seal(new ByteArrayInputStream(plaintext), sealed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sealed.toByteArray();
    }

    private List<RecipientStanzaWriter> stanzaWriters() throws GeneralSecurityException {
        List<RecipientStanzaWriter> writers = new ArrayList<>(recipients.size());
        for (AgeRecipient recipient : recipients) {
            writers.add(recipient.kind() == RecipientKind.MLKEM768_X25519
                    ? HybridRecipientStanzas.writer(recipient.publicKey())
                    : X25519RecipientStanzaWriterFactory.newRecipientStanzaWriter(recipient.value(), CryptoProvider.BOUNCY_CASTLE));
        }
        return writers;
    }
}
