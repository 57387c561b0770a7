package io.switchboard.contract.refs;

import io.switchboard.flow.source.Location;
import java.nio.file.Path;

/** Where a reference leads: the file and the place in it the definition starts. */
public record ReferenceTarget(Path file, String pointer, Location location) {
}
