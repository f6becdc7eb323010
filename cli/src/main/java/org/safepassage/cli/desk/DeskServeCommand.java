package org.safepassage.cli.desk;

import java.util.Map;
import java.util.concurrent.Callable;
import org.safepassage.cli.KeepsRunning;
import org.safepassage.desk.DeskApplication;
import org.safepassage.desk.staff.StaffDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code safepassage desk serve}: the case pages for staff, on the isolated network. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the desk's pages for staff.")
public final class DeskServeCommand implements Callable<Integer> {

    @Mixin
    DeskOptions storage;

    @Mixin
    DeskOptions.Keys keys;

    @Option(names = "--port", defaultValue = "8081", description = "Port (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address to listen on (default ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = "--secure-cookie", description = "Mark the session cookie Secure (serve over TLS).")
    boolean secureCookie;

    @Option(names = "--weights", paramLabel = "FILE", description = "Vetting weights, the same file vet --weights reads "
            + "(signals and levels of the linkage model); default: the built-in model (docs/vetting.md).")
    java.nio.file.Path weights;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> properties = storage.properties();
        keys.addTo(properties);
        properties.put("server.port", port);
        properties.put("server.address", bind);
        properties.put("safepassage.desk.secure-cookie", secureCookie);
        if (weights != null) {
            properties.put("safepassage.desk.weights", weights.toAbsolutePath().toString());
        }
        var context = DeskApplication.start(properties, true);
        KeepsRunning.mark();
        System.out.println("SafePassage desk on http://" + bind + ":" + port + "/");
        if (!context.getBean(StaffDirectory.class).anyAdmin()) {
            System.out.println("No admin yet: create one with ./run desk create-user --data " + storage.data()
                    + " --role admin --username NAME --team NAME");
        }
        return 0;
    }
}
