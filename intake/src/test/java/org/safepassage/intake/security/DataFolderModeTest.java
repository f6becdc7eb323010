package org.safepassage.intake.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.core.testing.TestDatabase;
import org.safepassage.intake.support.RunningIntake;

/** A data folder the operator made open to everyone is closed to other users once the intake has started. */
class DataFolderModeTest {

    @TempDir
    Path dir;

    @Test
    void theDataFolderAndTheDatabaseFileAreOwnerOnlyWhateverModeTheFolderHad() throws Exception {
        Path data = Files.createDirectories(dir.resolve("intake-data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));

        try (RunningIntake intake = new RunningIntake(dir, TestDatabase.H2)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(intake.dataDir()))).isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(intake.dataDir().resolve("intake.mv.db"))))
                    .isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(intake.dataDir().resolve("pepper"))))
                    .isEqualTo("rw-------");
        }
    }
}
