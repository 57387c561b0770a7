package io.switchboard.contract.edit;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.switchboard.flow.source.WholeTextReader;
import java.io.IOException;
import java.io.StringWriter;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Re-indents a contract: YAML to two-space blocks with its comments, anchors and scalar styles kept (SnakeYAML's
 * node tree, not the data, is written back); JSON to two spaces with numbers kept exactly as written.
 */
public final class ContractFormatter {

    private static final int CODE_POINT_LIMIT = 64 * 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private ContractFormatter() {
    }

    public static String format(String text, boolean yaml) throws EditException {
        return yaml ? yaml(text) : json(text);
    }

    private static String yaml(String text) throws EditException {
        LoaderOptions loading = new LoaderOptions();
        loading.setProcessComments(true);
        loading.setCodePointLimit(CODE_POINT_LIMIT);
        DumperOptions dumping = new DumperOptions();
        dumping.setProcessComments(true);
        dumping.setIndent(2);
        dumping.setIndicatorIndent(0);
        dumping.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        dumping.setSplitLines(false);
        Yaml yaml = new Yaml(new SafeConstructor(loading), new Representer(dumping), dumping, loading);
        try {
            // Composed from the whole text: SnakeYAML's own reader is quadratic on long scalars without spaces.
            Node node = new Composer(new ParserImpl(new WholeTextReader(text), loading), new Resolver(), loading)
                    .getSingleNode();
            if (node == null) {
                return text;
            }
            StringWriter out = new StringWriter();
            yaml.serialize(node, out);
            return out.toString();
        } catch (RuntimeException e) {
            throw new EditException("cannot format: " + e.getMessage());
        }
    }

    private static String json(String text) throws EditException {
        try {
            JsonNode tree = JSON.readTree(text);
            return JsonText.pretty(tree) + "\n";
        } catch (IOException e) {
            throw new EditException("cannot format: " + e.getMessage());
        }
    }
}
