package io.switchboard.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in the test's JVM and keeps what it printed. */
final class CliRun {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int lastOutStart;

    int run(String... args) {
        lastOutStart = out.getBuffer().length();
        return SwitchboardCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** What the last run printed. */
    String lastOut() {
        return out.getBuffer().substring(lastOutStart);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }
}
