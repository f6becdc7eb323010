package org.safepassage.core.registration;

import java.util.Arrays;
import java.util.Optional;

/** An enum written on the wire by a fixed lower- or upper-case name. */
public interface WireEnum {

    String wireName();

    static <E extends Enum<E> & WireEnum> Optional<E> fromWire(Class<E> type, String wireName) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.wireName().equals(wireName)).findFirst();
    }

    /** As {@link #fromWire}, whatever the letter case (IRGC, irgc; high, High). */
    static <E extends Enum<E> & WireEnum> Optional<E> fromWireIgnoringCase(Class<E> type, String wireName) {
        // a loop, not a stream: this runs on every field of a million registrations being read
        String wanted = wireName.strip();
        for (E value : type.getEnumConstants()) {
            if (value.wireName().equalsIgnoreCase(wanted)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    static <E extends Enum<E> & WireEnum> String allowed(Class<E> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(WireEnum::wireName).toList());
    }
}
