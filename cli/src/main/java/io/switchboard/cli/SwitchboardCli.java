package io.switchboard.cli;

import io.switchboard.flow.export.CamelYamlExporter;
import io.switchboard.flow.mapping.MappingEngine;
import io.switchboard.flow.mapping.PayloadCodec;
import io.switchboard.flow.safety.RuntimeSafetyPolicy;
import io.switchboard.flow.validation.DefinitionLoader;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code switchboard} command. Exit codes: 0 success, 1 the payload or flow failed, 2 bad arguments or an
 * invalid definition file.
 */
@Command(name = "switchboard", mixinStandardHelpOptions = true, version = "Switchboard Studio 0.1.0",
        description = "Design, check and run integration flows; lint and compare API contracts.",
        subcommands = {MapCommand.class, ExportCommand.class, ValidateCommand.class, RuntimeCommand.class,
            TokenCommand.class, DeployCommand.class, LintCommand.class, DiffCommand.class, FailedCommand.class,
            ReplayJobCommand.class, KpisCommand.class, TestCommand.class,
            CommandLine.HelpCommand.class})
public final class SwitchboardCli implements Runnable {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int INVALID = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the project's collaborators; separate from {@link #main} for tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        PayloadCodec codec = new PayloadCodec();
        RuntimeSafetyPolicy policy = new RuntimeSafetyPolicy();
        DefinitionLoader loader = new DefinitionLoader(policy, codec);
        MappingEngine engine = new MappingEngine(codec);
        CommandLine.IFactory factory = new CommandFactory(loader, engine, codec,
                new CamelYamlExporter(engine, policy));
        CommandLine commandLine = new CommandLine(SwitchboardCli.class, factory)
                .setOut(out)
                .setErr(err)
                // --format JSON and --format json alike, everywhere.
                .setCaseInsensitiveEnumValuesAllowed(true)
                // Exit 1 means findings; anything that stopped a command is 2, with a sentence.
                .setExecutionExceptionHandler((e, cmd, parseResult) -> {
                    // The whole command ("switchboard failed list"), so a sentence says which one stopped.
                    cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + (e.getMessage() == null
                            ? e.getClass().getSimpleName() : e.getMessage()));
                    return INVALID;
                });
        try {
            return commandLine.execute(args);
        } catch (StackOverflowError e) {
            err.println("switchboard: the input nests too deeply to be processed (objects, arrays or $refs inside "
                    + "each other thousands of levels deep)");
            return INVALID;
        } catch (OutOfMemoryError e) {
            err.println("switchboard: the input is too large to process with this much memory (set JAVA_OPTS, "
                    + "e.g. -Xmx1g)");
            return INVALID;
        }
    }

    /** Hands each command its collaborators through its constructor. */
    private record CommandFactory(DefinitionLoader loader, MappingEngine engine, PayloadCodec codec,
                                  CamelYamlExporter exporter) implements CommandLine.IFactory {
        @Override
        @SuppressWarnings("unchecked")
        public <K> K create(Class<K> type) throws Exception {
            if (type == MapCommand.class) {
                return (K) new MapCommand(loader, engine);
            }
            if (type == ExportCommand.class) {
                return (K) new ExportCommand(loader, exporter);
            }
            if (type == ValidateCommand.class) {
                return (K) new ValidateCommand(loader);
            }
            if (type == DeployCommand.class) {
                return (K) new DeployCommand(loader);
            }
            if (type == TestCommand.class) {
                return (K) new TestCommand(loader, engine, codec);
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
