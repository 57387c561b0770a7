package io.switchboard.cli;

import io.switchboard.runtime.security.AdminTokenFile;
import io.switchboard.runtime.security.Role;
import io.switchboard.runtime.security.TokenService;
import io.switchboard.runtime.store.DataFolder;
import io.switchboard.runtime.store.Database;
import io.switchboard.runtime.store.StoreCheck;
import io.switchboard.runtime.store.StoreUnavailableException;
import io.switchboard.runtimeclient.JdkRuntimeClient;
import io.switchboard.runtimeclient.RuntimeClientException;
import io.switchboard.runtimeclient.wire.TokenRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Token administration. */
@Command(name = "token", mixinStandardHelpOptions = true, description = "Manage the runtime's API tokens.", subcommands = TokenCommand.Create.class)
final class TokenCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Creates a token: through the running runtime's API when it is up (its database is in use), else in the data
     * folder's database directly.
     */
    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a token: written to --out FILE (mode 0600), or printed (shown once).")
    static final class Create implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--data", required = true, paramLabel = "DIR", description = "The runtime's data folder.")
        private Path data;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "viewer, operator, designer or admin.")
        private String role;

        @Option(names = "--name", paramLabel = "NAME", description = "Token name shown in the audit log (default: the role).")
        private String name;

        @Option(names = "--out", paramLabel = "FILE",
                description = "Write the token to this new file, readable by its owner only, instead of printing it.")
        private Path out;

        /** The secret goes to --out (0600) when given: a redirect would leave it world-readable in the folder. */
        private int deliver(String token) throws java.io.IOException {
            if (out == null) {
                spec.commandLine().getOut().println(token);
            } else {
                if (Files.exists(out)) {
                    spec.commandLine().getErr().println("--out: " + out + " exists; choose a new file");
                    return SwitchboardCli.INVALID;
                }
                AdminTokenFile.writeOwnerOnly(out, token);
                spec.commandLine().getOut().println("token written to " + out + " (readable by its owner only)");
            }
            return SwitchboardCli.OK;
        }

        @Override
        public Integer call() throws Exception {
            var err = spec.commandLine().getErr();
            Optional<Role> parsed = Role.parse(role);
            if (parsed.isEmpty()) {
                err.println("--role: '" + role + "' is not one of viewer, operator, designer, admin");
                return SwitchboardCli.INVALID;
            }
            String tokenName = name == null ? role : name;
            Optional<String> url = RuntimeInfo.read(data);
            Path adminFile = data.resolve(AdminTokenFile.NAME);
            if (url.isPresent() && Files.exists(adminFile)) {
                try {
                    var client = new JdkRuntimeClient(url.get(), Files.readString(adminFile).trim());
                    return deliver(client.createToken(new TokenRequest(tokenName, role))
                            .toCompletableFuture().get(30, TimeUnit.SECONDS).token());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof RuntimeClientException.Unreachable)) {
                        err.println("token create: " + e.getCause().getMessage());
                        return SwitchboardCli.FAILED;
                    }
                }
            }
            if (!Files.isDirectory(data) || !Files.exists(data.resolve(DataFolder.DATABASE_FILE))) {
                err.println("--data: " + data + " is not a runtime data folder (start the runtime once first)");
                return SwitchboardCli.INVALID;
            }
            try {
                DataFolder.prepare(data, System.getProperty("user.name"));
                try (Database database = StoreCheck.open(data)) {
                    return deliver(new TokenService(database).create(tokenName, parsed.get()));
                }
            } catch (StoreUnavailableException | IllegalStateException | IllegalArgumentException e) {
                err.println("token create: " + e.getMessage());
                return SwitchboardCli.INVALID;
            }
        }
    }
}
