package io.switchboard.flow.mapping;

import com.schibsted.spt.data.jslt.Expression;
import com.schibsted.spt.data.jslt.JsltException;
import com.schibsted.spt.data.jslt.Parser;
import io.switchboard.flow.model.Mapping;
import java.io.StringReader;

/** Compiles mappings to JSLT: the one engine behind the designer's preview, the command line and the runtime. */
public final class MappingEngine {

    private final JsltGenerator generator = new JsltGenerator();
    private final PayloadCodec codec;

    public MappingEngine(PayloadCodec codec) {
        this.codec = codec;
    }

    public MappingEngine() {
        this(new PayloadCodec());
    }

    public GeneratedTemplate generate(Mapping mapping) {
        return generator.generate(mapping);
    }

    /**
     * Compiles a mapping. A mapping that passed validation always compiles; one that did not may throw
     * {@link JsltException} with the template's line.
     */
    public CompiledMapping compile(Mapping mapping) {
        GeneratedTemplate template = generator.generate(mapping);
        Expression expression = new Parser(new StringReader(template.text()))
                .withSource(mapping.id() + ".jslt")
                .compile();
        return new CompiledMapping(mapping, template, expression, codec);
    }
}
