package io.switchboard.runtime.engine;

import io.switchboard.flow.export.CamelYamlExporter;
import java.util.Optional;
import org.apache.camel.NamedNode;

/** Recognises the step of an exported route that calls its flow's target: its id is the route's plus a suffix. */
final class TargetStep {

    private TargetStep() {
    }

    /** The route whose target {@code node} calls, or empty for any other step. */
    static Optional<String> routeOf(NamedNode node) {
        String id = node.getId();
        if (id == null || !id.endsWith(CamelYamlExporter.TARGET_NODE_SUFFIX)) {
            return Optional.empty();
        }
        return Optional.of(id.substring(0, id.length() - CamelYamlExporter.TARGET_NODE_SUFFIX.length()));
    }
}
