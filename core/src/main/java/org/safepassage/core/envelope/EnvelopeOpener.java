package org.safepassage.core.envelope;

import com.exceptionfactory.jagged.DecryptingChannelFactory;
import com.exceptionfactory.jagged.RecipientStanzaReader;
import com.exceptionfactory.jagged.framework.stream.StandardDecryptingChannelFactory;
import com.exceptionfactory.jagged.x25519.X25519RecipientStanzaReaderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;

/** Opens age files with one or more identities; a damaged or foreign envelope is an {@link EnvelopeOpeningException}. */
public final class EnvelopeOpener {

    private final List<AgeIdentity> identities;
    private final DecryptingChannelFactory channels = new StandardDecryptingChannelFactory(CryptoProvider.BOUNCY_CASTLE);

    public EnvelopeOpener(List<AgeIdentity> identities) {
        if (identities.isEmpty()) {
            throw new IllegalArgumentException("opening needs at least one identity");
        }
        this.identities = List.copyOf(identities);
    }

    public EnvelopeOpener(AgeIdentity identity) {
        this(List.of(identity));
    }

    /**
     * A stream of the plaintext. The age payload is authenticated chunk by chunk, so a reader
     * must consume it to the end (as {@link #open(byte[], int)} does) before trusting all of it.
     */
    public InputStream open(InputStream sealed) throws EnvelopeOpeningException {
        try {
            return Channels.newInputStream(channels.newDecryptingChannel(Channels.newChannel(sealed), stanzaReaders()));
        } catch (GeneralSecurityException e) {
            throw new EnvelopeOpeningException("no identity here can open this envelope, or its header is damaged", e);
        } catch (IOException e) {
            throw new EnvelopeOpeningException("the envelope is not an age file: " + e.getMessage(), e);
        }
    }

    /** Opens a whole envelope in memory, refusing plaintext larger than {@code maxPlaintextBytes}. */
    public byte[] open(byte[] sealed, int maxPlaintextBytes) throws EnvelopeOpeningException {
        try (InputStream plaintext = open(new ByteArrayInputStream(sealed))) {
            ByteArrayOutputStream opened = new ByteArrayOutputStream(Math.min(sealed.length, maxPlaintextBytes));
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = plaintext.read(buffer)) != -1) {
                if (opened.size() + read > maxPlaintextBytes) {
                    throw new EnvelopeOpeningException("the envelope holds more than " + maxPlaintextBytes + " bytes");
                }
                opened.write(buffer, 0, read);
            }
            return opened.toByteArray();
        } catch (IOException e) {
            if (e instanceof EnvelopeOpeningException opening) {
                throw opening;
            }
            throw new EnvelopeOpeningException("the envelope's payload is damaged: " + e.getMessage(), e);
        }
    }

    private List<RecipientStanzaReader> stanzaReaders() throws GeneralSecurityException {
        List<RecipientStanzaReader> readers = new ArrayList<>(identities.size());
        for (AgeIdentity identity : identities) {
            if (identity.kind() == RecipientKind.MLKEM768_X25519) {
                byte[] seed = identity.privateKey();
                try {
                    readers.add(HybridRecipientStanzas.reader(seed));
                } finally {
                    java.util.Arrays.fill(seed, (byte) 0);
                }
            } else {
                readers.add(X25519RecipientStanzaReaderFactory.newRecipientStanzaReader(identity.encoded(), CryptoProvider.BOUNCY_CASTLE));
            }
        }
        return readers;
    }
}
