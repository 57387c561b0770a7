package io.switchboard.contract.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.parser.util.DeserializationUtils;
import io.swagger.v3.parser.util.OpenAPIDeserializer;
import java.util.List;

/**
 * swagger-parser, configured once for real contracts: its 3 M code-point YAML cap refuses GitHub's 9.9 M spec, so
 * it is raised before first use (the option is read when the parser's utilities load; 3.1 external references read
 * the system property directly).
 */
public final class SwaggerParser {

    static final int YAML_CODE_POINT_LIMIT = 64 * 1024 * 1024;

    static {
        System.setProperty("maxYamlCodePoints", Integer.toString(YAML_CODE_POINT_LIMIT));
        DeserializationUtils.getOptions().setMaxYamlCodePoints(YAML_CODE_POINT_LIMIT);
    }

    private SwaggerParser() {
    }

    /** Builds swagger-parser's model from a tree that is already parsed, without reading the text again. */
    public static SwaggerParseResult deserialize(JsonNode root, String location) {
        ParseOptions options = new ParseOptions();
        options.setValidateInternalRefs(false);
        return new OpenAPIDeserializer().deserialize(root, location, options, false);
    }

    /** Parsing as above, then resolving references, as swagger-parser's users often ask for. */
    public static SwaggerParseResult parseTextResolved(String text, String location) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readContents(text, List.of(), options, location);
    }

    /** swagger-parser's own way from text to model, as a person calling it would: the anchor of the benchmarks. */
    public static SwaggerParseResult parseText(String text, String location) {
        ParseOptions options = new ParseOptions();
        return new OpenAPIV3Parser().readContents(text, List.of(), options, location);
    }
}
