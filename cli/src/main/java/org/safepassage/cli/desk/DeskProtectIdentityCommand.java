package org.safepassage.cli.desk;

import java.io.Console;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.safepassage.core.envelope.AgeIdentity;
import org.safepassage.core.envelope.ProtectedIdentityFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code safepassage desk protect-identity}: put the desk identity under a passphrase. */
@Command(name = "protect-identity", mixinStandardHelpOptions = true,
        description = "Write a passphrase-protected copy of the desk age identity (encrypted PKCS#8, PBES2 with "
                + "PBKDF2-HMAC-SHA256 and AES-256; OpenSSL reads it too). Then delete or lock away the plain file.")
public final class DeskProtectIdentityCommand implements Callable<Integer> {

    @Option(names = "--identity", required = true, description = "The plain age identity file.")
    Path identity;

    @Option(names = "--out", required = true, description = "The protected file to write (must not exist).")
    Path out;

    @Option(names = "--passphrase-file", description = "File holding the passphrase (otherwise "
            + DeskOptions.PASSPHRASE_ENV + ", otherwise asked twice on the terminal).")
    Path passphraseFile;

    @Override
    public Integer call() throws Exception {
        AgeIdentity plain = AgeIdentity.read(identity);
        char[] passphrase = passphraseFile != null || System.getenv(DeskOptions.PASSPHRASE_ENV) != null
                ? DeskOptions.passphrase(passphraseFile) : askTwice();
        try {
            if (passphrase.length < 12) {
                System.err.println("error: the passphrase must have at least 12 characters");
                return 2;
            }
            ProtectedIdentityFile.write(plain, out, passphrase);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
        System.out.println("Wrote " + out + " for recipient " + plain.recipient().value());
        System.out.println("Start the desk with --identity " + out + "; the passphrase is asked on start.");
        return 0;
    }

    private static char[] askTwice() {
        Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException("no terminal: give --passphrase-file or set " + DeskOptions.PASSPHRASE_ENV);
        }
        char[] first = console.readPassword("New passphrase (at least 12 characters): ");
        char[] again = console.readPassword("Again: ");
        if (!Arrays.equals(first, again)) {
            throw new IllegalArgumentException("the two passphrases differ");
        }
        return first;
    }
}
