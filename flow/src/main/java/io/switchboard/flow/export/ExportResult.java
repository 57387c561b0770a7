package io.switchboard.flow.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote: the Camel YAML route and the resources it reads; for the runtime, the ingress route in a
 * file of its own ({@code ingressFile}, null for a stock export), so that a deploy can keep it.
 */
public record ExportResult(Path routeFile, Path ingressFile, List<Path> resources) {

    public ExportResult(Path routeFile, List<Path> resources) {
        this(routeFile, null, resources);
    }
}
