package io.switchboard.contract.lint;

import io.switchboard.flow.source.Location;
import java.nio.file.Path;

/** A ruleset file that cannot be used, with where in it the problem is. */
public final class RulesetException extends Exception {

    private final Path file;
    private final Location location;

    public RulesetException(Path file, Location location, String message) {
        super(file.getFileName() + ":" + location + ": " + message);
        this.file = file;
        this.location = location;
    }

    public Path file() {
        return file;
    }

    public Location location() {
        return location;
    }
}
