package org.safepassage.intake.upload;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A request body as it arrived, in the chunks it came in (never copied into one array, never on disk). */
final class ArrivedBody {

    private final List<byte[]> chunks = new ArrayList<>();
    private long size;

    void add(byte[] bytes, int length) {
        chunks.add(java.util.Arrays.copyOf(bytes, length));
        size += length;
    }

    long size() {
        return size;
    }

    InputStream stream() {
        List<InputStream> streams = new ArrayList<>(chunks.size());
        chunks.forEach(chunk -> streams.add(new ByteArrayInputStream(chunk)));
        return new SequenceInputStream(Collections.enumeration(streams));
    }
}
