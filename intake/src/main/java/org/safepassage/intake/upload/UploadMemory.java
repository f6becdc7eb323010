package org.safepassage.intake.upload;

import java.util.concurrent.atomic.AtomicLong;
import org.safepassage.intake.IntakeSettings;
import org.springframework.stereotype.Component;

/**
 * The memory request bodies may take at once ({@code --upload-memory}), reserved as bytes actually
 * arrive rather than as a body announces them: a connection that announces a megabyte and sends a
 * byte now and then holds a byte, so a few idle connections cannot lock out every real upload.
 */
@Component
public class UploadMemory {

    private final long limit;
    private final AtomicLong held = new AtomicLong();

    public UploadMemory(IntakeSettings settings) {
        this.limit = settings.uploadMemory().toBytes();
    }

    /** Reserves {@code bytes}; false (nothing reserved) when that would pass the limit. */
    public boolean reserve(long bytes) {
        while (true) {
            long now = held.get();
            if (now + bytes > limit) {
                return false;
            }
            if (held.compareAndSet(now, now + bytes)) {
                return true;
            }
        }
    }

    public void release(long bytes) {
        held.addAndGet(-bytes);
    }

    public long held() {
        return held.get();
    }
}
