package io.switchboard.flow.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.schibsted.spt.data.jslt.Expression;
import com.schibsted.spt.data.jslt.JsltException;
import com.schibsted.spt.data.jslt.Parser;
import io.switchboard.flow.model.Mapping;
import io.switchboard.flow.source.JsonPointers;

/**
 * A mapping ready to run: the JSLT template compiled once, applied to any number of payloads. Thread-safe, as
 * JSLT expressions are.
 */
public final class CompiledMapping {

    private final Mapping mapping;
    private final GeneratedTemplate template;
    private final Expression expression;
    private final PayloadCodec codec;

    CompiledMapping(Mapping mapping, GeneratedTemplate template, Expression expression, PayloadCodec codec) {
        this.mapping = mapping;
        this.template = template;
        this.expression = expression;
        this.codec = codec;
    }

    public Mapping mapping() {
        return mapping;
    }

    /** The JSLT text this mapping runs as: what the runtime runs, too. */
    public String jslt() {
        return template.text();
    }

    public JsonNode apply(JsonNode input) throws MappingFailure {
        try {
            JsonNode result = expression.apply(input);
            return result == null ? NullNode.getInstance() : result;
        } catch (JsltException e) {
            GeneratedTemplate.RuleOrigin origin = e.getLine() > 0 ? template.originOf(e.getLine()) : diagnose(input);
            throw new MappingFailure("cannot compute " + origin.targetPath() + " (mapping "
                    + JsonPointers.toDisplayPath(origin.pointer()) + "): "
                    + Excerpts.shortened(e.getMessageWithoutLocation()),
                    origin.targetPath(), origin.pointer(), e);
        } catch (RuntimeException e) {
            throw new MappingFailure("the mapping failed: " + Excerpts.shortened(e.toString()), "$", "", e);
        }
    }

    /**
     * Finds which piece of the mapping fails on this input, for errors JSLT reports without a line (those raised
     * inside functions): each variable, then each rule, is run on its own until one fails. Only on the error path.
     */
    private GeneratedTemplate.RuleOrigin diagnose(JsonNode input) {
        JsltGenerator generator = new JsltGenerator();
        for (GeneratedTemplate.RuleOrigin origin : template.originByLine().values()) {
            if (!origin.pointer().endsWith("/expression")) {
                continue;
            }
            try {
                Parser.compileString(generator.generatePiece(mapping, origin.pointer())).apply(input);
            } catch (RuntimeException e) {
                return origin;
            }
        }
        return new GeneratedTemplate.RuleOrigin("", "$");
    }

    /** Bytes in, bytes out: what a flow's map step does to a message. */
    public byte[] transform(byte[] payload, PayloadFormat in, PayloadFormat out, boolean pretty) throws MappingFailure {
        JsonNode input;
        try {
            input = codec.read(payload, in);
        } catch (PayloadException e) {
            String where = e.location().isKnown() ? " at input " + e.location() : "";
            throw new MappingFailure("the input cannot be read" + where + ": " + e.getMessage(), "$", "", e);
        }
        JsonNode result = apply(input);
        try {
            return codec.write(result, out, mapping.id(), pretty);
        } catch (PayloadException e) {
            throw new MappingFailure(e.getMessage(), "$", "", e);
        }
    }
}
