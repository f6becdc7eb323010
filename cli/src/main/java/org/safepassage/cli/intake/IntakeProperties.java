package org.safepassage.cli.intake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Spring properties for an intake from command-line options. */
final class IntakeProperties {

    private IntakeProperties() {
    }

    static Map<String, Object> of(StorageOptions storage, List<String> recipients, Path deskSigningKey) {
        Map<String, Object> properties = storage.properties();
        if (recipients != null) {
            for (int i = 0; i < recipients.size(); i++) {
                properties.put("safepassage.intake.recipients[" + i + "]", recipients.get(i));
            }
        }
        Path deskKey = deskSigningKey != null ? deskSigningKey : storage.data().resolve("desk-sign.pub");
        if (deskSigningKey != null || Files.exists(deskKey)) {
            properties.put("safepassage.intake.desk-signing-key", deskKey.toAbsolutePath().toString());
        }
        return properties;
    }
}
