package io.switchboard.designer.mapping.preview;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/**
 * One computed preview: the output (null when it failed), which target fields changed since the last one, and
 * what failed where.
 *
 * @param errorTarget the target field whose expression failed (empty: the input or the mapping as a whole)
 * @param micros      how long the computation took
 */
public record PreviewResult(JsonNode output, PreviewText text, Set<List<String>> changed, String error,
                            List<String> errorTarget, long micros) {

    public boolean failed() {
        return error != null;
    }
}
