package org.safepassage.desk.flow;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.core.testing.TestDatabase;
import org.safepassage.desk.support.RunningDesk;

/** A desk started afresh for each test, in its own folder, on the database a subclass names (H2 or PostgreSQL). */
abstract class DeskOnOneDatabase {

    @TempDir
    Path dir;

    RunningDesk desk;

    abstract TestDatabase database();

    @BeforeEach
    void startDesk() throws Exception {
        desk = new RunningDesk(dir, database());
    }

    @AfterEach
    void stopDesk() {
        desk.close();
    }
}
