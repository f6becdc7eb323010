package org.safepassage.core.registration;

import java.util.Arrays;
import java.util.Optional;

/** An enum written on the wire by a fixed lower- or upper-case name. */
public interface WireEnum {

    String wireName();

    static <E extends Enum<E> & WireEnum> Optional<E> fromWire(Class<E> type, String wireName) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.wireName().equals(wireName)).findFirst();
    }

    static <E extends Enum<E> & WireEnum> String allowed(Class<E> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(WireEnum::wireName).toList());
    }
}
