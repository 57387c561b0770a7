package io.switchboard.runtime.engine;

import java.util.List;

/** A deploy was refused; every reason is listed (with file, line and path where the flow files had problems). */
public final class DeployException extends Exception {

    private final List<String> problems;

    public DeployException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
