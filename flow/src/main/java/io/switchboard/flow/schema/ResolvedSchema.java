package io.switchboard.flow.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.flow.source.JsonPointers;
import io.switchboard.flow.source.SourceDocument;

/** A schema node found by a reference, with the document it lives in (for its {@code $ref}s and line numbers). */
public record ResolvedSchema(SourceDocument document, String pointer, JsonNode node) {

    /** The name a person would give it: the pointer's last segment, or the file name. */
    public String name() {
        if (pointer.isEmpty()) {
            String file = document.file().getFileName().toString();
            int dot = file.indexOf('.');
            return dot > 0 ? file.substring(0, dot) : file;
        }
        return JsonPointers.last(pointer);
    }
}
