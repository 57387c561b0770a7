package io.switchboard.flow.validation;

import io.switchboard.flow.model.Flow;
import io.switchboard.flow.schema.ResolvedSchema;
import io.switchboard.flow.source.SourceDocument;
import java.util.List;
import java.util.Map;

/**
 * A flow that passed validation, with what its steps refer to already loaded: the mapping of each map step and
 * the schema of each validate step, keyed by step index.
 */
public record LoadedFlow(Flow flow, SourceDocument document, Map<Integer, LoadedMapping> mappings,
                         Map<Integer, ResolvedSchema> schemas, List<Finding> warnings) {
}
