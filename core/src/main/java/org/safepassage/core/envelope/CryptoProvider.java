package org.safepassage.core.envelope;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Bouncy Castle as the JCA provider for Jagged's X25519 and ChaCha20-Poly1305: on Java 17 it
 * is several times faster than the JDK's XDH, which would otherwise dominate the cost of
 * sealing a registration. Used by instance, never installed globally.
 */
final class CryptoProvider {

    static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    private CryptoProvider() {
    }
}
