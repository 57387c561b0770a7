package io.switchboard.runtime.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the tests, on 127.0.0.1 and a free port, in a folder of its own: made with the
 * machine's {@code initdb}, password authentication on TCP, stopped and removed at the end. PostgreSQL refuses to
 * run as root, so under root it runs as the {@code postgres} user.
 */
public final class PostgresServer implements AutoCloseable {

    private static PostgresServer shared;

    static final String USER = "switchboard";
    static final String PASSWORD = "store-secret-for-tests";

    private static final java.util.concurrent.atomic.AtomicInteger DATABASES =
            new java.util.concurrent.atomic.AtomicInteger();

    private final Path bin;
    private final Path dir;
    private final int port;
    private final Process server;

    private PostgresServer(Path bin, Path dir, int port, Process server) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.server = server;
    }

    /**
     * One server for all the tests of a run, started on first use and stopped when the JVM ends: each test takes a
     * database of its own ({@link #newDatabase}).
     */
    public static synchronized PostgresServer shared() throws IOException, InterruptedException {
        if (shared == null) {
            shared = start();
            PostgresServer started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "postgres-stop"));
        }
        return shared;
    }

    public static PostgresServer start() throws IOException, InterruptedException {
        Path bin = binaries();
        Path dir = Files.createTempDirectory(Path.of("/tmp"), "switchboard-pg-");
        Path data = dir.resolve("data");
        Path passwordFile = dir.resolve("password");
        Files.writeString(passwordFile, PASSWORD);
        if (root()) {
            run(List.of("chown", "-R", "postgres", dir.toString()));
        }
        run(command(bin.resolve("initdb"), "-D", data.toString(), "-U", USER, "--pwfile=" + passwordFile,
                "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--no-instructions"));
        int port = freePort();
        Process server = new ProcessBuilder(command(bin.resolve("postgres"), "-D", data.toString(), "-p",
                String.valueOf(port), "-h", "127.0.0.1", "-k", dir.toString(), "-c", "fsync=on",
                "-c", "max_connections=100"))
                .redirectErrorStream(true).redirectOutput(dir.resolve("server.log").toFile()).start();
        PostgresServer started = new PostgresServer(bin, dir, port, server);
        started.awaitReady(Duration.ofSeconds(30));
        return started;
    }

    String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    StoreLocation.Shared location() {
        return new StoreLocation.Shared(url(), USER, PASSWORD);
    }

    /** A database of its own for one test, so tests do not see each other's rows. */
    public StoreLocation.Shared newDatabase(String prefix) throws SQLException {
        String name = prefix + "_" + DATABASES.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(url(), USER, PASSWORD)) {
            connection.createStatement().execute("CREATE DATABASE " + name);
        }
        return new StoreLocation.Shared("jdbc:postgresql://127.0.0.1:" + port + "/" + name, USER, PASSWORD);
    }

    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        SQLException last = null;
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new IOException("PostgreSQL stopped at start: " + Files.readString(dir.resolve("server.log")));
            }
            try (Connection ignored = DriverManager.getConnection(url(), USER, PASSWORD)) {
                return;
            } catch (SQLException e) {
                last = e;
                Thread.sleep(100);
            }
        }
        close();
        throw new IOException("PostgreSQL did not answer within " + timeout + ": " + (last == null ? ""
                : last.getMessage()));
    }

    @Override
    public void close() {
        try {
            run(command(bin.resolve("pg_ctl"), "stop", "-D", dir.resolve("data").toString(), "-m", "fast", "-w"));
        } catch (IOException | InterruptedException e) {
            server.destroyForcibly();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A temp folder left behind is harmless.
        }
    }

    /** The server's folder of programs: on the PATH, or Debian's /usr/lib/postgresql/N/bin. */
    private static Path binaries() throws IOException {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path postgres = Path.of(folder, "postgres");
            if (Files.isExecutable(postgres)) {
                return postgres.toRealPath().getParent();
            }
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                var found = versions.map(version -> version.resolve("bin")).filter(Files::isDirectory)
                        .sorted(java.util.Comparator.reverseOrder()).findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        throw new IOException("the shared-store tests need PostgreSQL's server programs (initdb, postgres): "
                + "install the postgresql package");
    }

    private static List<String> command(Path program, String... args) {
        List<String> command = new ArrayList<>();
        if (root()) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(program.toString());
        command.addAll(List.of(args));
        return command;
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
