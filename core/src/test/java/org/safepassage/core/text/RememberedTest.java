package org.safepassage.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A text is read once, what reads as nothing too, and no more texts are kept than the limit. */
class RememberedTest {

    @Test
    void eachTextIsReadOnceEvenWhenItReadsAsNothing() {
        AtomicInteger reads = new AtomicInteger();
        Remembered<String> upper = new Remembered<>(text -> {
            reads.incrementAndGet();
            return text.isBlank() ? null : text.toUpperCase();
        }, 10);

        assertThat(upper.get("tehran")).isEqualTo("TEHRAN");
        assertThat(upper.get("tehran")).isEqualTo("TEHRAN");
        assertThat(upper.get(" ")).isNull();
        assertThat(upper.get(" ")).isNull();
        assertThat(reads).hasValue(2);
    }

    @Test
    void pastItsLimitATextIsReadEachTimeAndStillReadRight() {
        AtomicInteger reads = new AtomicInteger();
        Remembered<Integer> length = new Remembered<>(text -> {
            reads.incrementAndGet();
            return text.length();
        }, 2);
        length.get("a");
        length.get("bb");

        assertThat(length.get("ccc")).isEqualTo(3);
        assertThat(length.get("ccc")).isEqualTo(3);
        assertThat(reads).hasValue(4);
        assertThat(length.get("a")).isEqualTo(1);
        assertThat(reads).hasValue(4);
    }
}
