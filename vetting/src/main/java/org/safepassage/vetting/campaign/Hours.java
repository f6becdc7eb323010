package org.safepassage.vetting.campaign;

/**
 * Hours of arrival (hours since 1970, as the intake keeps them) as the campaign steps that read
 * them once per registration or pair keep them: a {@code long} each, {@link #UNKNOWN} for an hour
 * not known, rather than a boxed {@code Long} followed a million times.
 */
public final class Hours {

    /** An hour not known: no time Java can hold is this many hours from 1970. */
    public static final long UNKNOWN = Long.MIN_VALUE;

    private Hours() {
    }

    /** The hour, or {@link #UNKNOWN} for null. */
    public static long of(Long hour) {
        return hour == null ? UNKNOWN : hour;
    }

    /** The hours, {@link #UNKNOWN} for each one not known; {@code size} of them, all unknown, when there are none. */
    public static long[] of(Long[] hours, int size) {
        long[] known = new long[size];
        for (int i = 0; i < size; i++) {
            known[i] = hours == null ? UNKNOWN : of(hours[i]);
        }
        return known;
    }
}
