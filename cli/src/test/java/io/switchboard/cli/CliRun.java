package io.switchboard.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in the test's JVM and keeps what it printed. */
final class CliRun {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    int run(String... args) {
        return SwitchboardCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }
}
