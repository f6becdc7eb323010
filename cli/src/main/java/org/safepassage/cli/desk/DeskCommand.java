package org.safepassage.cli.desk;

import picocli.CommandLine.Command;

/** {@code safepassage desk …}: the private side. */
@Command(name = "desk", mixinStandardHelpOptions = true,
        description = "The private desk: serve the case pages, import intake batches, export replies, manage staff, check the audit log.",
        subcommands = {DeskServeCommand.class, DeskImportCommand.class, DeskImportPacketCommand.class, DeskImportListCommand.class, DeskExportRepliesCommand.class,
                DeskCreateUserCommand.class, DeskAuditCommand.class, DeskProtectIdentityCommand.class, DeskSplitPassphraseCommand.class,
                DeskRotateIdentityCommand.class, DeskBackupCommand.class, DeskRestoreCommand.class, DeskTotpCommand.class})
public final class DeskCommand {
}
