package org.safepassage.cli.bench;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.safepassage.core.registration.RegistrationParser;
import org.safepassage.vetting.link.IncrementalLinker;
import org.safepassage.vetting.link.LinkageModel;
import org.safepassage.vetting.link.PersonRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code safepassage bench link}: what the desk does on each import — link a batch of new
 * registrations against everything it holds. Builds the index from all but the last
 * {@code --new} registrations of the file, then times linking the last ones.
 */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = "Time linking a batch of new registrations against an index of everything held (the desk's import).")
public final class LinkBenchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "REGISTRATIONS.jsonl", description = "e.g. from ./run generate")
    Path input;

    @Option(names = "--new", defaultValue = "1000", description = "Registrations in the new batch (default ${DEFAULT-VALUE}).")
    int fresh;

    @Override
    public Integer call() throws Exception {
        List<PersonRecord> records = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    records.add(PersonRecord.of(records.size(), RegistrationParser.parse(line)));
                }
            }
        }
        if (records.size() <= fresh) {
            System.err.println("error: the file holds " + records.size() + " registrations, not more than --new " + fresh);
            return 2;
        }
        IncrementalLinker linker = new IncrementalLinker(LinkageModel.defaults());
        long start = System.nanoTime();
        linker.hold(records.subList(0, records.size() - fresh));
        long built = System.nanoTime();
        int links = linker.add(records.subList(records.size() - fresh, records.size())).size();
        long linked = System.nanoTime();
        System.out.printf("index of %,d registrations built in %.1f s; %,d new registrations linked in %.3f s (%,d links)%n",
                records.size() - fresh, (built - start) / 1e9, fresh, (linked - built) / 1e9, links);
        return 0;
    }
}
