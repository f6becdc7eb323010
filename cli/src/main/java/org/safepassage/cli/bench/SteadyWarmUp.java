package org.safepassage.cli.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Warms the intake up until the JIT compiler is done with it, as JMH repeats warm-up iterations: on
 * two cores the compiler competes with the intake for a minute or more, and a run measured before it
 * is done measures the compiler. Rounds of {@link #ROUND} registrations go on until the compiler
 * worked less than {@link #COMPILING_SHARE} of a round's time, or {@link #MAX_ROUNDS} have run. Each
 * round's rate is printed, so the cold start can be read too. The compiler is this JVM's: without
 * an intake in it ({@code --url}) the rounds end when the rate stops rising.
 */
final class SteadyWarmUp {

    static final int ROUND = 5_000;
    static final double COMPILING_SHARE = 0.10;
    static final double GAIN = 0.03;
    static final int MAX_ROUNDS = 16;

    private SteadyWarmUp() {
    }

    /** Runs the rounds on {@code load}; returns the rate of each. */
    static List<Double> run(IntakeLoad load, boolean intakeInThisJvm) throws Exception {
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        List<Double> rates = new ArrayList<>();
        double best = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            long compiledBefore = compiler.getTotalCompilationTime();
            LatencySummary summary = load.run(ROUND, false);
            double compiling = (compiler.getTotalCompilationTime() - compiledBefore) / (summary.wallNanos() / 1e6);
            rates.add(summary.perSecond());
            System.out.printf("warm-up round %d: %.0f registrations/s, the JIT compiler busy %.0f %% of the time%n",
                    round + 1, summary.perSecond(), 100 * compiling);
            boolean settled = intakeInThisJvm ? compiling < COMPILING_SHARE : summary.perSecond() <= best * (1 + GAIN);
            if (round >= 1 && settled) {
                break;
            }
            best = Math.max(best, summary.perSecond());
        }
        return rates;
    }

    static String describe(List<Double> rates) {
        return rates.size() * ROUND + " warm-up registrations in rounds of " + ROUND + " ("
                + rates.stream().map(rate -> String.format("%.0f", rate)).collect(Collectors.joining(", ")) + "/s)";
    }
}
