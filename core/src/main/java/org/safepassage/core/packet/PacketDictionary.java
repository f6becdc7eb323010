package org.safepassage.core.packet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The preset deflate dictionary of packet version 1: the JSON skeleton of a packet and common words
 * of registrations, so that a short registration compresses to far fewer bytes. The offline sealer
 * is built from this same file; changing it breaks every packet sealed before, so a new one is a
 * new version.
 */
final class PacketDictionary {

    private static final String RESOURCE = "dictionary-v1.txt";
    private static final byte[] BYTES = load();

    private PacketDictionary() {
    }

    static byte[] bytes() {
        return BYTES.clone();
    }

    private static byte[] load() {
        try (InputStream in = PacketDictionary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the packet dictionary " + RESOURCE + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
