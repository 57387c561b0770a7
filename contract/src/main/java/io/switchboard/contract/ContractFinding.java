package io.switchboard.contract;

import io.switchboard.flow.source.Location;
import java.nio.file.Path;

/**
 * One validation or lint finding, at the exact place in the text it is about.
 *
 * @param rule     the rule id, Spectral's name where Spectral has the rule ({@code path-params})
 * @param pointer  JSON pointer of the value the finding is about
 * @param file     the file the location is in (a reference into another file reports there)
 */
public record ContractFinding(String rule, FindingSeverity severity, String pointer, Location location,
                              String message, Path file) {

    @Override
    public String toString() {
        return location + " " + severity.label() + " " + rule + " " + message;
    }
}
