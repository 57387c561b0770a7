package io.switchboard.designer.mapping.preview;

import com.fasterxml.jackson.databind.JsonNode;
import com.schibsted.spt.data.jslt.JsltException;
import io.switchboard.flow.mapping.CompiledMapping;
import io.switchboard.flow.mapping.GeneratedTemplate;
import io.switchboard.flow.mapping.MappingEngine;
import io.switchboard.flow.mapping.MappingFailure;
import io.switchboard.flow.model.Mapping;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Runs a mapping on the preview input with the engine the runtime uses (the same generated JSLT), and tells which
 * target fields changed since the previous output. Plain and synchronous; the view model decides the thread.
 */
public final class PreviewComputation {

    private final MappingEngine engine;

    public PreviewComputation(MappingEngine engine) {
        this.engine = engine;
    }

    public PreviewResult compute(Mapping mapping, JsonNode input, JsonNode previous) {
        long started = System.nanoTime();
        CompiledMapping compiled;
        try {
            compiled = engine.compile(mapping);
        } catch (JsltException e) {
            GeneratedTemplate.RuleOrigin origin = engine.generate(mapping).originOf(Math.max(1, e.getLine()));
            return failure("does not compile: " + e.getMessageWithoutLocation(), origin.targetPath(), started);
        }
        try {
            JsonNode output = compiled.apply(input);
            Set<List<String>> changed = previous == null ? Set.of() : OutputDiff.changed(previous, output);
            return new PreviewResult(output, PreviewText.of(output), changed, null, List.of(), micros(started));
        } catch (MappingFailure e) {
            return failure(e.getMessage(), e.targetPath(), started);
        }
    }

    private static PreviewResult failure(String message, String targetPath, long started) {
        return new PreviewResult(null, null, Set.of(), message, fieldPath(targetPath), micros(started));
    }

    /** {@code $.lines[].sku} → [lines, sku]; {@code $} → []. */
    static List<String> fieldPath(String targetPath) {
        String steps = targetPath == null ? "" : targetPath.replace("[]", "").replaceFirst("^\\$\\.?", "");
        return steps.isEmpty() ? List.of() : Arrays.asList(steps.split("\\."));
    }

    private static long micros(long started) {
        return (System.nanoTime() - started) / 1000;
    }
}
