package io.switchboard.flow.source;

import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.StringReader;
import org.yaml.snakeyaml.parser.ParserImpl;

/** Jackson's YAML factory whose parsers read a text through {@link WholeTextReader}, in linear time. */
final class WholeTextYamlFactory extends YAMLFactory {

    private static final long serialVersionUID = 1L;

    WholeTextYamlFactory(YAMLFactoryBuilder builder) {
        super(builder);
    }

    @Override
    public YAMLParser createParser(String content) {
        IOContext context = _createContext(_createContentReference(content), true);
        ParserImpl events = new ParserImpl(new WholeTextReader(content), _loaderOptions);
        return new Parser(context, _parserFeatures, _yamlParserFeatures, _objectCodec, events);
    }

    private static final class Parser extends YAMLParser {
        Parser(IOContext context, int features, int yamlFeatures, ObjectCodec codec, ParserImpl events) {
            super(context, features, yamlFeatures, codec, new StringReader(""), events);
        }
    }

}
