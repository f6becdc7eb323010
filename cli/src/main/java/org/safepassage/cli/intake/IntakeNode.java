package org.safepassage.cli.intake;

import org.safepassage.cli.KeepsRunning;
import org.safepassage.cli.SafePassage;
import picocli.CommandLine;

/**
 * The entry point of {@code safepassage-intake.jar}, the jar for the internet-facing intake host: the
 * intake's commands ({@code serve}, {@code export}, {@code import-replies}) and nothing else. That jar
 * carries only what the intake runs: no desk, no vetting, no terminal or HTTP-client libraries of the
 * operator's tools, so a compromise of the public host finds no code for the private side.
 */
public final class IntakeNode {

    private IntakeNode() {
    }

    public static void main(String[] args) {
        int exit = SafePassage.withOneLineErrors(new CommandLine(new IntakeCommand())).execute(args);
        if (exit != 0 || !KeepsRunning.isRunning()) {
            System.exit(exit);
        }
    }
}
