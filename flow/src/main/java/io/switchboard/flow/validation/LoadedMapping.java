package io.switchboard.flow.validation;

import io.switchboard.flow.model.Mapping;
import io.switchboard.flow.schema.Shape;
import io.switchboard.flow.source.SourceDocument;
import java.util.List;

/** A mapping that passed validation, with the file it came from and the shapes of its source and target. */
public record LoadedMapping(Mapping mapping, SourceDocument document, Shape sourceShape, Shape targetShape,
                            List<Finding> warnings) {
}
