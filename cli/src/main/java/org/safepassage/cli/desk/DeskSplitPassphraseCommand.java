package org.safepassage.cli.desk;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.safepassage.core.keys.PassphraseShares;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code safepassage desk split-passphrase}: k-of-n shares of the desk identity's passphrase. */
@Command(name = "split-passphrase", mixinStandardHelpOptions = true,
        description = "Split the desk identity's passphrase into Shamir shares, any THRESHOLD of which unlock the desk "
                + "(--passphrase-share, repeated); fewer tell nothing. Give each share file to a different person.")
public final class DeskSplitPassphraseCommand implements Callable<Integer> {

    @Option(names = "--passphrase-file", description = "File holding the passphrase (otherwise "
            + DeskOptions.PASSPHRASE_ENV + ", otherwise asked on the terminal).")
    Path passphraseFile;

    @Option(names = "--threshold", required = true, description = "Shares needed to unlock (k).")
    int threshold;

    @Option(names = "--shares", required = true, description = "Shares to make (n).")
    int shares;

    @Option(names = "--out", required = true, description = "Folder for the share files (share-1.txt …).")
    Path out;

    @Override
    public Integer call() throws Exception {
        char[] passphrase = DeskOptions.passphrase(passphraseFile);
        try {
            List<PassphraseShares.Share> split = PassphraseShares.split(passphrase, threshold, shares, new SecureRandom());
            for (PassphraseShares.Share share : split) {
                share.write(out.resolve("share-" + share.index() + ".txt"));
            }
            System.out.println("Wrote " + shares + " shares (set " + split.get(0).set() + ") to " + out + "; any " + threshold
                    + " unlock the desk: --passphrase-share FILE, once per share. Hand them out, then delete this folder.");
        } finally {
            Arrays.fill(passphrase, '\0');
        }
        return 0;
    }
}
