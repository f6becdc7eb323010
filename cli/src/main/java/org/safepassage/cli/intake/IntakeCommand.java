package org.safepassage.cli.intake;

import picocli.CommandLine.Command;

/** {@code safepassage intake …}: the public side. */
@Command(name = "intake", mixinStandardHelpOptions = true, description = "The public intake: serve pages, export batches, import replies.",
        subcommands = {IntakeServeCommand.class, IntakeExportCommand.class, IntakeImportRepliesCommand.class})
public final class IntakeCommand {
}
