package org.safepassage.cli.desk;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.safepassage.core.packet.PacketAssembler;
import org.safepassage.desk.transfer.PacketImport;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code safepassage desk import-packet}: packets that reached the organisation without the intake. */
@Command(name = "import-packet", mixinStandardHelpOptions = true,
        description = "Import offline packets carried to the organisation by another road (text files holding their "
                + "parts, in any order; several packets per file are fine). Each complete packet is opened and its "
                + "registration stored; a packet held before changes nothing; replies reach the submitter through the "
                + "intake as for any other. Exit code 3 when something was left out.")
public final class DeskImportPacketCommand implements Callable<Integer> {

    @Mixin
    DeskOptions storage;

    @Mixin
    DeskOptions.Keys keys;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Text files holding packet parts (#SP1 …).")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        int exit = 0;
        try (ConfigurableApplicationContext context = storage.startWith(keys)) {
            PacketImport importer = context.getBean(PacketImport.class);
            for (Path file : files) {
                if (Files.size(file) > PacketAssembler.MAX_TEXT_CHARS * 4L) {
                    System.err.println(file.getFileName() + ": refused: larger than any packet file can be");
                    exit = 3;
                    continue;
                }
                PacketImport.Result result = importer.importText(Files.readString(file, StandardCharsets.UTF_8),
                        String.valueOf(file.getFileName()), DeskImportCommand.operator());
                System.out.println(file.getFileName() + ": " + result.summary());
                result.stored().forEach(id -> System.out.println("  stored " + id));
                result.alreadyHeld().forEach(id -> System.out.println("  held before " + id));
                result.problems().forEach(problem -> System.out.println("  left out: " + problem));
                if (!result.problems().isEmpty()) {
                    exit = 3;
                }
            }
        }
        return exit;
    }
}
