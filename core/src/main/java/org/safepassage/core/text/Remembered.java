package org.safepassage.core.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * What a reading gives for each text, worked out once: a million registrations repeat a few
 * thousand spellings of a name, a province or a rank. At most {@code limit} texts are kept (the
 * rest are read each time), and a text that reads as nothing (null) is remembered too. Safe to
 * use from every core at once.
 *
 * @param <V> what a text reads as
 */
public final class Remembered<V> {

    private static final Object NOTHING = new Object();

    private final Map<String, Object> known = new ConcurrentHashMap<>();
    /** How many texts are kept, counted as they are added (the map's own size sums its counters on every call). */
    private final AtomicInteger kept = new AtomicInteger();
    private final Function<String, V> reading;
    private final int limit;

    public Remembered(Function<String, V> reading, int limit) {
        this.reading = reading;
        this.limit = limit;
    }

    /** What {@code text} (not null) reads as. */
    @SuppressWarnings("unchecked")
    public V get(String text) {
        Object value = known.get(text);
        if (value != null) {
            return value == NOTHING ? null : (V) value;
        }
        V read = reading.apply(text);
        if (kept.get() < limit && known.putIfAbsent(text, read == null ? NOTHING : read) == null) {
            kept.incrementAndGet();
        }
        return read;
    }
}
