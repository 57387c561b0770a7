package io.switchboard.flow.validation;

import java.util.List;
import java.util.stream.Collectors;

/** A definition could not be loaded; carries every finding, not only the first. */
public final class DefinitionException extends Exception {

    private final List<Finding> findings;

    public DefinitionException(List<Finding> findings) {
        super(findings.stream().map(Finding::format).collect(Collectors.joining(System.lineSeparator())));
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }
}
