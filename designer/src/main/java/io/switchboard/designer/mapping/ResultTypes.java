package io.switchboard.designer.mapping;

import io.switchboard.flow.jslt.Token;
import io.switchboard.flow.jslt.Tokenizer;
import io.switchboard.flow.schema.FieldType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What type of value an expression gives, where that can be told from its text alone. */
final class ResultTypes {

    private static final Map<String, FieldType> BY_FUNCTION = Map.ofEntries(
            Map.entry("uppercase", FieldType.STRING), Map.entry("lowercase", FieldType.STRING),
            Map.entry("trim", FieldType.STRING), Map.entry("string", FieldType.STRING),
            Map.entry("join", FieldType.STRING), Map.entry("replace", FieldType.STRING),
            Map.entry("format-time", FieldType.STRING), Map.entry("uuid", FieldType.STRING),
            Map.entry("number", FieldType.NUMBER),
            Map.entry("parse-time", FieldType.NUMBER), Map.entry("round", FieldType.INTEGER),
            Map.entry("floor", FieldType.INTEGER), Map.entry("ceiling", FieldType.INTEGER),
            Map.entry("size", FieldType.INTEGER), Map.entry("boolean", FieldType.BOOLEAN),
            Map.entry("not", FieldType.BOOLEAN), Map.entry("contains", FieldType.BOOLEAN),
            Map.entry("test", FieldType.BOOLEAN), Map.entry("starts-with", FieldType.BOOLEAN),
            Map.entry("ends-with", FieldType.BOOLEAN), Map.entry("split", FieldType.ARRAY));

    private ResultTypes() {
    }

    /** The type of a function call that is the whole expression, or of a text joined with {@code +}. */
    static Optional<FieldType> of(String expression) {
        List<Token> tokens = Tokenizer.tokens(expression);
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        Token first = tokens.get(0);
        if (first.kind() == Token.Kind.STRING) {
            return tokens.size() == 1 || tokens.get(1).text().equals("+") ? Optional.of(FieldType.STRING)
                    : Optional.empty();
        }
        if (first.kind() == Token.Kind.FUNCTION && closesAtEnd(tokens)) {
            return Optional.ofNullable(BY_FUNCTION.get(first.text()));
        }
        return Optional.empty();
    }

    private static boolean closesAtEnd(List<Token> tokens) {
        int depth = 0;
        for (int i = 1; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() == Token.Kind.OPEN) {
                depth++;
            } else if (token.kind() == Token.Kind.CLOSE && --depth == 0) {
                return i == tokens.size() - 1;
            }
        }
        return false;
    }
}
