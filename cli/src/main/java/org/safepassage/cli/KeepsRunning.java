package org.safepassage.cli;

/** Marks that a command started a server, so main returns without exiting the JVM. */
public final class KeepsRunning {

    private static volatile boolean running;

    private KeepsRunning() {
    }

    public static void mark() {
        running = true;
    }

    public static boolean isRunning() {
        return running;
    }
}
