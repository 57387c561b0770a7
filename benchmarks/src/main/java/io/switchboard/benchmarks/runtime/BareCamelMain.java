package io.switchboard.benchmarks.runtime;

import java.nio.file.Path;
import org.apache.camel.main.Main;

/**
 * The anchor: an exported flow folder on plain Camel Main with platform-http, nothing of the runtime around it.
 * Arguments: the export folder, the route file name, the HTTP port.
 */
public final class BareCamelMain {

    private BareCamelMain() {
    }

    public static void main(String[] args) throws Exception {
        Path export = Path.of(args[0]);
        Main main = new Main();
        main.configure().withRoutesIncludePattern("file:" + export.resolve(args[1]));
        main.setPropertyPlaceholderLocations("file:" + export.resolve("application.properties"));
        main.addOverrideProperty("switchboard.flows.dir", export.toString());
        main.addInitialProperty("camel.server.enabled", "true");
        main.addInitialProperty("camel.server.host", "127.0.0.1");
        main.addInitialProperty("camel.server.port", args[2]);
        main.run();
    }
}
