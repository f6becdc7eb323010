package org.safepassage.intake.leak;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.core.testing.TestDatabase;
import org.safepassage.intake.support.RegistrationFields;
import org.safepassage.intake.support.RunningIntake;

/** A seized embedded database does not keep threads in the order they were opened. */
class ArrivalOrderTest {

    @TempDir
    Path dir;

    @Test
    void rowsAreKeptInRandomOrderNotInTheOrderTheyArrived() throws Exception {
        try (RunningIntake intake = new RunningIntake(dir, TestDatabase.H2)) {
            for (int i = 0; i < 12; i++) {
                intake.submitter().register(RegistrationFields.persian("arrival " + i), Map.of());
            }
            try (Connection db = DriverManager.getConnection(intake.databaseUrl()); Statement statement = db.createStatement()) {
                for (String table : List.of("thread")) {
                    List<Long> rowIds = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery("select _rowid_ from " + table + " order by _rowid_")) {
                        while (rows.next()) {
                            rowIds.add(rows.getLong(1));
                        }
                    }
                    assertThat(rowIds).as(table).hasSize(12);
                    assertThat(rowIds).as(table + ": the row keys are not a counter").noneMatch(id -> id <= 1_000_000);
                }
            }
        }
    }
}
