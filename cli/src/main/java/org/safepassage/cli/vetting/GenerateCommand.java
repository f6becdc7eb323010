package org.safepassage.cli.vetting;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.safepassage.vetting.generate.Generator;
import org.safepassage.vetting.independent.IndependentCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code safepassage generate}: synthetic registrations with known truth. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write synthetic registrations of invented people (registrations.jsonl) and which person each "
                + "belongs to (truth.jsonl); the same seed gives the same files.")
public final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--persons", required = true, description = "How many invented people.")
    int persons;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, description = "Folder to write to.")
    Path out;

    @Option(names = "--planted-share", defaultValue = "0.05", description = "Share of all registrations planted by "
            + "campaigns (floods, impersonations, careful fakes; default ${DEFAULT-VALUE}, 0 for none).")
    double plantedShare;

    /** Which of the two corpora, made independently of each other, to write. */
    enum Corpus { standard, independent }

    @Option(names = "--corpus", defaultValue = "standard", description = "standard (the first generator) or independent "
            + "(a second corpus made apart from the first: its own name pools, spellings, input mess and campaign playbooks; "
            + "judge a vetting change on both). Default ${DEFAULT-VALUE}.")
    Corpus corpus;

    @Override
    public Integer call() throws Exception {
        if (persons < 1) {
            System.err.println("error: --persons must be at least 1");
            return 2;
        }
        if (!(plantedShare >= 0 && plantedShare < 1)) {
            System.err.println("error: --planted-share must be at least 0 and below 1, not " + plantedShare);
            return 2;
        }
        long start = System.nanoTime();
        int registrations = corpus == Corpus.independent ? new IndependentCorpus(seed, plantedShare).write(persons, out)
                : new Generator(seed, plantedShare).write(persons, out);
        System.out.printf("Wrote %,d registrations of %,d persons to %s in %.1f s%n", registrations, persons,
                out.resolve("registrations.jsonl"), (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
