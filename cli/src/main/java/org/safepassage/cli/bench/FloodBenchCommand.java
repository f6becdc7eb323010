package org.safepassage.cli.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.safepassage.core.envelope.AgeIdentity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Genuine submitters register at a steady rate while a flood ten times as fast hits the same form
 * without doing any work. Genuine submitters earn admission as a browser would (proof of work in
 * Java here); the flood sends junk registrations while it can, then keeps knocking. Prints what got
 * through and the intake's peak memory. The intake runs in its own JVM on embedded H2 (so its memory
 * is its own), on the same machine as the clients.
 */
@Command(name = "flood", mixinStandardHelpOptions = true,
        description = "Genuine registrations/s accepted while a flood of 10x that rate runs, and peak memory.")
public final class FloodBenchCommand implements Callable<Integer> {


    @Option(names = "--rate", defaultValue = "5", description = "Genuine registrations a second (default ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--flood-factor", defaultValue = "10", description = "The flood's rate as a multiple (default ${DEFAULT-VALUE}).")
    int floodFactor;

    @Option(names = "--seconds", defaultValue = "60", description = "How long to run (default ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--flood-per-minute", defaultValue = "300", description = "The intake's flood threshold (default ${DEFAULT-VALUE}).")
    int floodPerMinute;

    @Option(names = "--bits", defaultValue = "16", description = "Proof-of-work bits at the threshold (default ${DEFAULT-VALUE}).")
    int bits;

    @Override
    public Integer call() throws Exception {
        Path data = Files.createTempDirectory("safepassage-flood");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        URI base = URI.create("http://127.0.0.1:" + port + "/");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
        String classPath = System.getProperty("java.class.path");
        // From the runnable jar its nested libraries load only through -jar; from a build, the class path serves.
        command.addAll(classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)
                ? List.of("-jar", classPath) : List.of("-cp", classPath, "org.safepassage.cli.SafePassage"));
        command.addAll(List.of("intake", "serve", "--data", data.toString(), "--port", String.valueOf(port),
                "--recipient", AgeIdentity.generate().recipient().value(),
                "--flood-per-minute", String.valueOf(floodPerMinute), "--proof-of-work-bits", String.valueOf(bits)));
        Process intake = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(data.resolve("intake.log").toFile()).start();
        try {
            awaitStart(base, intake);
            FloodVisitors.Counts genuine = new FloodVisitors.Counts();
            FloodVisitors.Counts flood = new FloodVisitors.Counts();
            HttpClient genuineClient = FloodVisitors.client();
            HttpClient floodClient = FloodVisitors.client();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            List<Thread> threads = new ArrayList<>();
            threads.addAll(paced(8, rate, end, () -> FloodVisitors.genuine(genuineClient, base, genuine)));
            threads.addAll(paced(16, rate * floodFactor, end, () -> FloodVisitors.flood(floodClient, base, flood)));
            for (Thread thread : threads) {
                thread.join();
            }
            List<Long> latencies = new ArrayList<>(genuine.latencies);
            latencies.sort(Comparator.naturalOrder());
            System.out.printf("Flood bench: %d s, genuine submitters aiming at %.1f registrations/s, a flood aiming at %.0f attempts/s"
                    + " doing no work (threshold %d new sessions a minute, %d proof-of-work bits at the threshold)%n",
                    seconds, rate, rate * floodFactor, floodPerMinute, bits);
            System.out.printf("  genuine: %d registrations accepted (%.2f/s), %d failed; latency with admission p50 %d ms, p99 %d ms%n",
                    genuine.ok.get(), genuine.ok.get() / (double) seconds, genuine.failed.get(),
                    percentile(latencies, 0.50), percentile(latencies, 0.99));
            genuine.reasons.forEach((reason, count) -> System.out.printf("    %d failed: %s%n", count, reason));
            System.out.printf("  flood: %d attempts (%.1f/s); %d junk registrations stored before the guard was up, %d sent to admission%n",
                    flood.attempts.get(), flood.attempts.get() / (double) seconds, flood.ok.get(), flood.turnedAway.get());
            System.out.printf("  intake (its own JVM, -Xmx512m): resident peak %s%n", residentPeak(intake.pid()));
            return genuine.failed.get() == 0 ? 0 : 1;
        } finally {
            intake.destroy();
            intake.waitFor();
            try (var files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static void awaitStart(URI base, Process intake) throws Exception {
        HttpClient http = FloodVisitors.client();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && intake.isAlive()) {
            try {
                if (http.send(FloodVisitors.get(base), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("the intake did not start");
    }

    /** Threads that together start {@code perSecond} tasks a second until {@code end}. */
    private static List<Thread> paced(int count, double perSecond, long end, Runnable task) {
        long intervalNanos = (long) (1e9 * count / perSecond);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long offset = intervalNanos * i / count;
            Thread thread = new Thread(() -> {
                long next = System.nanoTime() + offset;
                while (next < end) {
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        try {
                            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    task.run();
                    next += intervalNanos;
                }
            });
            thread.start();
            threads.add(thread);
        }
        return threads;
    }

    private static long percentile(List<Long> sorted, double share) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * share)));
    }

    private static String residentPeak(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(line -> line.startsWith("VmHWM:"))
                    .map(line -> line.substring(6).strip()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
