package org.safepassage.cli.desk;

import java.util.concurrent.Callable;
import org.safepassage.desk.DeskApplication;
import org.safepassage.desk.staff.StaffDirectory;
import org.safepassage.desk.staff.StaffMember;
import org.safepassage.desk.staff.TotpCodes;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code safepassage desk totp-code}: the current one-time code of an account, read from the
 * desk database. For the demo and for checking an enrolment; whoever can run it holds the desk's
 * data folder already, which is more than a code gives.
 */
@Command(name = "totp-code", mixinStandardHelpOptions = true,
        description = "Print an account's current one-time code (demo and enrolment checks; needs the desk data folder).")
public final class DeskTotpCommand implements Callable<Integer> {

    @Mixin
    DeskOptions storage;

    @Option(names = "--username", required = true, description = "The account.")
    String username;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = DeskApplication.start(storage.properties(), false)) {
            StaffMember member = context.getBean(StaffDirectory.class).byUsername(username).orElse(null);
            if (member == null || !member.hasSecondFactor()) {
                System.err.println("error: " + username + " has no second factor (or does not exist)");
                return 1;
            }
            System.out.println(context.getBean(TotpCodes.class).currentCode(member.totpSecret()));
            return 0;
        }
    }
}
