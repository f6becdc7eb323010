package org.safepassage.cli.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a measured run cost the PostgreSQL server, per registration: transactions, rows written,
 * statements (from pg_stat_statements when the server loads it), and the CPU time of the server's
 * processes when they run on this machine (read from /proc), beside the CPU time of this JVM (the
 * intake nodes and the simulated submitters together). Read before and after; the difference is
 * the run's.
 */
final class DatabaseCost {

    private static final double CLOCK_TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    private final JdbcClient jdbc;
    private final Snapshot before;

    DatabaseCost(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.before = snapshot();
    }

    /** One line per measure, divided by {@code registrations}. */
    String report(int registrations) {
        Snapshot after = snapshot();
        double n = Math.max(1, registrations);
        StringBuilder report = new StringBuilder(String.format(
                "Database per registration: %.2f transactions, %.2f rows inserted, %.2f updated, %.2f deleted",
                (after.commits - before.commits) / n, (after.inserted - before.inserted) / n,
                (after.updated - before.updated) / n, (after.deleted - before.deleted) / n));
        if (after.statements >= 0 && before.statements >= 0) {
            long statements = after.statements - before.statements;
            report.append(String.format(", %.2f statements (a round trip each)", statements / n));
        } else {
            report.append(" (statements: with the server loading pg_stat_statements, create the extension in this database to count them)");
        }
        report.append(String.format("%nCPU per registration: PostgreSQL %s, this JVM (intake nodes and submitters) %.2f ms",
                after.serverTicks >= 0 ? String.format("%.2f ms", (after.serverTicks - before.serverTicks)
                        * 1000 / CLOCK_TICKS_PER_SECOND / n) : "not on this machine",
                (after.jvmNanos - before.jvmNanos) / 1e6 / n));
        return report.toString();
    }

    private Snapshot snapshot() {
        Map<String, Object> row = jdbc.sql("select xact_commit, tup_inserted, tup_updated, tup_deleted from pg_stat_database"
                + " where datname = current_database()").query().singleRow();
        long statements;
        try {
            statements = jdbc.sql("select coalesce(sum(calls), 0) from pg_stat_statements"
                    + " where dbid = (select oid from pg_database where datname = current_database())").query(Long.class).single();
        } catch (DataAccessException e) {
            statements = -1;
        }
        long jvm = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
        return new Snapshot(number(row, "xact_commit"), number(row, "tup_inserted"), number(row, "tup_updated"),
                number(row, "tup_deleted"), statements, serverTicks(), jvm);
    }

    private static long number(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }

    /** User and system clock ticks of every postgres process on this machine, or -1 where /proc cannot tell. */
    private static long serverTicks() {
        Path proc = Path.of("/proc");
        if (!Files.isDirectory(proc)) {
            return -1;
        }
        long ticks = 0;
        boolean found = false;
        try (Stream<Path> processes = Files.list(proc)) {
            for (Path process : processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                try {
                    String stat = Files.readString(process.resolve("stat"));
                    int close = stat.lastIndexOf(')');
                    String name = stat.substring(stat.indexOf('(') + 1, close);
                    if (!name.startsWith("postgres")) {
                        continue;
                    }
                    String[] fields = stat.substring(close + 2).split(" ");
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
                    found = true;
                } catch (IOException | RuntimeException e) {
                    // a process that ended meanwhile
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return found ? ticks : -1;
    }

    private record Snapshot(long commits, long inserted, long updated, long deleted, long statements, long serverTicks,
                            long jvmNanos) {
    }
}
