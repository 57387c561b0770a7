package io.switchboard.app;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The studio's command-line options, read with picocli as the command line's are. */
@Command(name = "studio", mixinStandardHelpOptions = true, versionProvider = StudioOptions.Version.class,
        description = "Switchboard Studio: design mappings, review contracts, run flows.")
final class StudioOptions {

    @Option(names = "--workspace", paramLabel = "DIR",
            description = "The workspace folder (default: the one opened last; the first time, the demo).")
    private Path workspace;

    @Option(names = "--no-runtime", description = "Do not start the embedded runtime.")
    private boolean noRuntime;

    @Option(names = "--runtime-data", paramLabel = "DIR",
            description = "The embedded runtime's data folder (default: ~/.switchboard/runtime).")
    private Path runtimeData;

    @Option(names = "--demo-data", paramLabel = "DIR",
            description = "Where the demo workspace is kept, copied there on first start (default: "
                    + "~/.switchboard/demo).")
    private Path demoData;

    @Option(names = "--perspective", paramLabel = "NAME",
            description = "The perspective to open with: design, contracts or monitor (default: design).")
    private String perspective;

    @Option(names = "--settings", paramLabel = "FILE",
            description = "The user's settings: environments and recent workspaces (default: "
                    + "~/.switchboard/settings.json).")
    private Path settings;

    /** The version the build wrote into the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = StudioOptions.class.getPackage().getImplementationVersion();
            return new String[] {"Switchboard Studio " + (version == null ? "(development build)" : version)};
        }
    }

    /** Reads {@code args}; a bad one is a {@link CommandLine.ParameterException} with a sentence. */
    static StudioOptions parse(List<String> args) {
        StudioOptions options = new StudioOptions();
        new CommandLine(options).parseArgs(args.toArray(String[]::new));
        return options;
    }

    boolean runtime() {
        return !noRuntime;
    }

    Path runtimeDirectory() {
        return runtimeData != null ? runtimeData.toAbsolutePath().normalize()
                : Path.of(System.getProperty("user.home"), ".switchboard", "runtime");
    }

    Path settingsFile() {
        return settings != null ? settings.toAbsolutePath().normalize()
                : Path.of(System.getProperty("user.home"), ".switchboard", "settings.json");
    }

    /** Whether a workspace was named on the command line (else the last one opened is taken, when there is one). */
    boolean workspaceGiven() {
        return workspace != null;
    }

    Path workspaceDirectory() {
        return workspace.toAbsolutePath().normalize();
    }

    /** Whether --perspective was given (else the demo opens on the Monitor, a workspace on Design). */
    boolean perspectiveGiven() {
        return perspective != null;
    }

    /** The perspective named by --perspective; a name that is none is refused with a sentence. */
    io.switchboard.app.shell.Perspective perspective() {
        if (perspective == null) {
            return io.switchboard.app.shell.Perspective.DESIGN;
        }
        try {
            return io.switchboard.app.shell.Perspective.valueOf(perspective.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--perspective is design, contracts or "
                    + "monitor, not '" + perspective + "'");
        }
    }

    Path demoDirectory() {
        return demoData != null ? demoData.toAbsolutePath().normalize()
                : Path.of(System.getProperty("user.home"), ".switchboard", "demo");
    }
}
