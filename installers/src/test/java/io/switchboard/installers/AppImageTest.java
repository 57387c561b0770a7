package io.switchboard.installers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app-image this build made: both launchers answer --version, the command line starts without loading JavaFX,
 * and the studio's window appears under Xvfb with the demo flowing (in a home folder of its own).
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class AppImageTest {

    private static final Path IMAGE = Path.of("target", "jpackage", "out", "switchboard-studio").toAbsolutePath();

    @TempDir
    Path home;

    @Test
    void bothLaunchersAnswerTheirVersion() throws Exception {
        Run studio = run(List.of(IMAGE.resolve("bin/switchboard-studio").toString(), "--version"), Map.of());
        assertEquals(0, studio.exit(), studio.output());
        assertTrue(studio.output().contains("Switchboard Studio 0.1.0"), studio.output());
        Run cli = run(List.of(IMAGE.resolve("bin/switchboard").toString(), "--version"), Map.of());
        assertEquals(0, cli.exit(), cli.output());
    }

    @Test
    void theCommandLineStartsWithoutJavaFx() throws Exception {
        Run cli = run(List.of(IMAGE.resolve("bin/switchboard").toString(), "lint", "--help"),
                Map.of("JAVA_TOOL_OPTIONS", "-Duser.home=" + home + " -Xlog:class+load=info:stdout"));
        assertEquals(0, cli.exit(), cli.output());
        assertTrue(cli.output().contains("java.lang.Object"), "classes were logged");
        assertTrue(cli.output().lines().noneMatch(line -> line.contains("javafx.")),
                "JavaFX classes loaded by the command line");
    }

    @Test
    void theStudiosWindowAppearsWithTheDemoRunning() throws Exception {
        Path log = home.resolve("xdg/switchboard/studio.log");
        try (Display display = Display.open()) {
            ProcessBuilder builder = new ProcessBuilder(IMAGE.resolve("bin/switchboard-studio").toString())
                    .redirectErrorStream(true).redirectOutput(home.resolve("out.txt").toFile());
            builder.environment().put("HOME", home.toString());
            // Java takes the home folder from the password database, not HOME.
            builder.environment().put("JAVA_TOOL_OPTIONS", "-Duser.home=" + home);
            builder.environment().put("XDG_DATA_HOME", home.resolve("xdg").toString());
            builder.environment().put("DISPLAY", display.name());
            Process studio = builder.start();
            try {
                awaitTrue("the window shown", () -> logContains(log, "window shown"), log);
                awaitTrue("the demo flowing", () -> logContains(log, "demo ready"), log);
                awaitTrue("a window titled Switchboard Studio", () -> windowTitles(display).contains(
                        "Switchboard Studio"), log);
            } finally {
                studio.destroy();
                if (!studio.waitFor(15, TimeUnit.SECONDS)) {
                    studio.destroyForcibly();
                    fail("the studio did not stop within 15 s of SIGTERM; its log: " + Files.readString(log));
                }
            }
            assertTrue(logContains(log, "stopped in"), "stopped as when its window closes");
        }
        assertTrue(Files.isRegularFile(home.resolve(".switchboard/demo/flows/orders.flow.json")),
                "the demo workspace in the user's folder");
    }

    private static boolean logContains(Path log, String text) {
        try {
            return Files.isRegularFile(log) && Files.readString(log).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    private static String windowTitles(Display display) {
        try {
            ProcessBuilder builder = new ProcessBuilder("xwininfo", "-root", "-tree").redirectErrorStream(true);
            builder.environment().put("DISPLAY", display.name());
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(10, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** Waits on a condition, up to a minute, saying what the log held when it did not come. */
    private static void awaitTrue(String what, BooleanSupplier condition, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail(what + " did not happen within 60 s; the studio's log: "
                        + (Files.isRegularFile(log) ? Files.readString(log) : "(none)"));
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    private record Run(int exit, String output) {
    }

    private Run run(List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("HOME", home.toString());
        builder.environment().put("JAVA_TOOL_OPTIONS", "-Duser.home=" + home);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " did not end within 60 s");
        }
        return new Run(process.exitValue(), output);
    }

    /** An X display in memory for the test: Xvfb on the first free display number from :90. */
    private static final class Display implements AutoCloseable {
        private final Process xvfb;
        private final String name;

        private Display(Process xvfb, String name) {
            this.xvfb = xvfb;
            this.name = name;
        }

        static Display open() throws Exception {
            for (int number = 90; number < 110; number++) {
                if (Files.exists(Path.of("/tmp/.X11-unix/X" + number)) || Files.exists(Path.of("/tmp/.X" + number
                        + "-lock"))) {
                    continue;
                }
                Process xvfb;
                try {
                    xvfb = new ProcessBuilder("Xvfb", ":" + number, "-screen", "0", "1440x900x24", "-nolisten", "tcp")
                            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                } catch (IOException e) {
                    throw new IllegalStateException("Xvfb is needed to start the studio without a screen "
                            + "(apt-get install xvfb x11-utils): " + e.getMessage(), e);
                }
                Path socket = Path.of("/tmp/.X11-unix/X" + number);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (!Files.exists(socket) && xvfb.isAlive() && System.nanoTime() < deadline) {
                    TimeUnit.MILLISECONDS.sleep(50);
                }
                if (Files.exists(socket)) {
                    return new Display(xvfb, ":" + number);
                }
                xvfb.destroyForcibly();
            }
            throw new IllegalStateException("no free X display from :90 to :109 for Xvfb");
        }

        String name() {
            return name;
        }

        @Override
        public void close() {
            xvfb.destroy();
        }
    }

}
