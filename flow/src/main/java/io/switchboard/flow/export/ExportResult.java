package io.switchboard.flow.export;

import java.nio.file.Path;
import java.util.List;

/** What an export wrote: the Camel YAML route and the resources it reads. */
public record ExportResult(Path routeFile, List<Path> resources) {
}
