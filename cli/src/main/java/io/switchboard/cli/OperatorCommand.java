package io.switchboard.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** An operator's command against a runtime: its options, and one way to print an answer as text or JSON. */
abstract class OperatorCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RuntimeAccess access;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Prints the answer as JSON or as the given line of text, as {@code --format} says. */
    void print(Object answer, String text) {
        out().println(access.json() ? RuntimeAccess.toJson(answer) : text);
    }
}
