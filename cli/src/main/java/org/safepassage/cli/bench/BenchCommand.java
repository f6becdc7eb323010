package org.safepassage.cli.bench;

import picocli.CommandLine.Command;

/** {@code safepassage bench …}: throughput figures printed, never asserted in tests. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks that print figures.",
        subcommands = {IntakeBenchCommand.class, FloodBenchCommand.class, LinkBenchCommand.class, DeskSearchBenchCommand.class,
                NamesBenchCommand.class, ScreenCorpusBenchCommand.class, TransliterationBenchCommand.class})
public final class BenchCommand {
}
