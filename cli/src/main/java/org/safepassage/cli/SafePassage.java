package org.safepassage.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.safepassage.cli.bench.BenchCommand;
import org.safepassage.cli.demo.DemoCommand;
import org.safepassage.cli.desk.DeskCommand;
import org.safepassage.cli.intake.IntakeCommand;
import org.safepassage.cli.keys.KeygenCommand;
import org.safepassage.cli.vetting.GenerateCommand;
import org.safepassage.cli.vetting.RewriteCommand;
import org.safepassage.cli.vetting.ScreenCommand;
import org.safepassage.cli.vetting.VetCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code safepassage <command>}: the one entry point of the runnable jar. */
@Command(name = "safepassage", mixinStandardHelpOptions = true, version = "SafePassage 0.1.0",
        description = "Anonymous, sealed registration of potential defectors, and what the receiving organisation needs to vet them.",
        subcommands = {DemoCommand.class, KeygenCommand.class, IntakeCommand.class, DeskCommand.class, GenerateCommand.class,
                VetCommand.class, ScreenCommand.class, RewriteCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class SafePassage {

    public static void main(String[] args) {
        int exit = commandLine().execute(args);
        if (exit != 0 || !KeepsRunning.isRunning()) {
            System.exit(exit);
        }
    }

    /**
     * The command line with every subcommand; an error is printed as one line: the message of the
     * first exception that is not the framework's wrapping (Spring reports a failed start as layers
     * of bean errors around the one that says what is wrong), so that our own messages are shown
     * even when they carry a library's exception as their cause.
     */
    public static CommandLine commandLine() {
        return withOneLineErrors(new CommandLine(new SafePassage()));
    }

    /** {@code command} printing a failure as the one line that says what is wrong (see {@link #commandLine()}). */
    public static CommandLine withOneLineErrors(CommandLine command) {
        return command
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                    Throwable telling = telling(e);
                    commandLine.getErr().println("error: " + message(telling));
                    return 1;
                });
    }

    /**
     * The failure's message; a file system's failure without a reason (the JDK's message for a
     * missing file is the bare path) says what happened to the path.
     */
    static String message(Throwable telling) {
        if (telling instanceof FileSystemException fileSystem && fileSystem.getReason() == null) {
            String what = fileSystem instanceof NoSuchFileException ? "no such file or directory"
                    : fileSystem instanceof AccessDeniedException ? "permission denied"
                    : fileSystem instanceof FileAlreadyExistsException ? "already exists"
                    : fileSystem instanceof NotDirectoryException ? "not a directory"
                    : fileSystem instanceof DirectoryNotEmptyException ? "directory not empty"
                    : "cannot be used";
            return what + ": " + fileSystem.getFile();
        }
        return telling.getMessage() != null ? telling.getMessage() : telling.getClass().getSimpleName();
    }

    private static Throwable telling(Throwable failure) {
        Throwable cause = failure;
        while (cause.getClass().getName().startsWith("org.springframework.") && cause.getCause() != null
                && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
