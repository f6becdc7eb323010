package org.safepassage.cli.vetting;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.concurrent.Callable;
import org.safepassage.vetting.rewrite.Rewrite;
import org.safepassage.vetting.rewrite.Rewriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code safepassage rewrite}: a copy of a corpus with one way real input writes things applied to a share of it. */
@Command(name = "rewrite", mixinStandardHelpOptions = true,
        description = "Copy a corpus folder (registrations.jsonl and truth.jsonl) with one way real input writes what a "
                + "registration says applied to a share of its registrations, to vet both and compare.")
public final class RewriteCommand implements Callable<Integer> {

    /** The ways of writing, by the names the command line gives them: the rewrite enum's own list. */
    static final class Kinds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Rewrite.values()).map(Rewrite::label).iterator();
        }
    }

    @Option(names = "--in", required = true, description = "The corpus folder to copy.")
    Path in;

    @Option(names = "--as", required = true, completionCandidates = Kinds.class,
            description = "The way of writing to apply: ${COMPLETION-CANDIDATES}. The command says whether it keeps "
                    + "everything a registration said (then vetting should score the copy as the original).")
    String kind;

    @Option(names = "--share", defaultValue = "0.3", description = "Share of registrations to rewrite (default ${DEFAULT-VALUE}).")
    double share;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, description = "Folder to write the copy to.")
    Path out;

    @Override
    public Integer call() throws Exception {
        Rewrite rewrite;
        Rewriter rewriter;
        try {
            rewrite = Rewrite.of(kind);
            rewriter = new Rewriter(rewrite, share, seed);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        }
        Rewriter.Count count = rewriter.write(in, out);
        System.out.printf("Rewrote %,d of %,d registrations as %s into %s%s%n", count.rewritten(), count.registrations(), rewrite.label(),
                out.resolve("registrations.jsonl"), rewrite.keepsWhatWasSaid()
                        ? " (it keeps everything they said: vetting should score the copy as the original)" : "");
        return 0;
    }
}
