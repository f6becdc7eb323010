package org.safepassage.cli.desk;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.safepassage.desk.DeskApplication;
import org.safepassage.desk.staff.Role;
import org.safepassage.desk.staff.StaffAccounts;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code safepassage desk create-user}: a staff account, e.g. the first admin. */
@Command(name = "create-user", mixinStandardHelpOptions = true,
        description = "Create a staff account. The password is read from --password-file, SAFEPASSAGE_NEW_PASSWORD or the terminal; "
                + "supervisors and admins get a TOTP secret to enrol in an authenticator app (shown once).")
public final class DeskCreateUserCommand implements Callable<Integer> {

    @Mixin
    DeskOptions storage;

    @Option(names = "--username", required = true, description = "Sign-in name.")
    String username;

    @Option(names = "--role", required = true, description = "analyst, supervisor or admin.")
    String role;

    @Option(names = "--team", defaultValue = "triage", description = "Team (created when new; default ${DEFAULT-VALUE}).")
    String team;

    @Option(names = "--totp", description = "Give an analyst a second factor too.")
    boolean totp;

    @Option(names = "--password-file", description = "File holding the initial password (for scripted setup).")
    Path passwordFile;

    @Override
    public Integer call() throws Exception {
        Role chosen;
        try {
            chosen = Role.valueOf(role.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("error: --role must be analyst, supervisor or admin");
            return 2;
        }
        char[] password = passwordFile != null
                ? Files.readString(passwordFile, StandardCharsets.UTF_8).strip().toCharArray() : password();
        try (ConfigurableApplicationContext context = DeskApplication.start(storage.properties(), false)) {
            StaffAccounts.Created created = context.getBean(StaffAccounts.class)
                    .create(username, password, chosen, team, totp, DeskImportCommand.operator());
            System.out.println("Created " + created.member().username() + " (" + role.toLowerCase(Locale.ROOT)
                    + ", team " + created.member().teamName() + ").");
            if (created.totpSecret() != null) {
                System.out.println("Enrol this in an authenticator app now; it is not shown again:");
                System.out.println("  secret: " + created.totpSecret());
                System.out.println("  " + created.enrolmentUri());
            }
            return 0;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static char[] password() {
        String fromEnvironment = System.getenv("SAFEPASSAGE_NEW_PASSWORD");
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        if (System.console() == null) {
            throw new IllegalArgumentException("no terminal to ask the password on: set SAFEPASSAGE_NEW_PASSWORD");
        }
        char[] first = System.console().readPassword("Password (at least %d characters): ", StaffAccounts.MIN_PASSWORD_LENGTH);
        char[] again = System.console().readPassword("Again: ");
        if (!Arrays.equals(first, again)) {
            throw new IllegalArgumentException("the two passwords differ");
        }
        return first;
    }
}
