package io.switchboard.contract.lint;

import io.switchboard.flow.source.Location;
import java.nio.file.Path;

/** A ruleset file that cannot be used, with where in it the problem is. */
public final class RulesetException extends Exception {

    private final Path file;
    private final Location location;
    private final String reason;

    public RulesetException(Path file, Location location, String reason) {
        super(file.getFileName() + ":" + location + ": " + reason);
        this.file = file;
        this.location = location;
        this.reason = reason;
    }

    /** What is wrong, without the file and place. */
    public String reason() {
        return reason;
    }

    public Path file() {
        return file;
    }

    public Location location() {
        return location;
    }
}
