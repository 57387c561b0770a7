package io.switchboard.designer.mapping;

import io.switchboard.flow.jslt.Token;
import io.switchboard.flow.jslt.Tokenizer;
import io.switchboard.flow.model.Mapping;
import io.switchboard.flow.model.Variable;
import io.switchboard.flow.schema.FieldNode;
import io.switchboard.flow.schema.FieldType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts a palette function on a target field: its input is the field's expression, or the selected source field
 * when the field has none. Answers the new mapping, or why the function cannot go there.
 */
final class FunctionApplication {

    sealed interface Outcome permits Applied, Refused {
    }

    record Applied(Mapping mapping) implements Outcome {
    }

    record Refused(String reason) implements Outcome {
    }

    private FunctionApplication() {
    }

    static Outcome apply(MappingFunction function, Mapping mapping, FieldNode target, FieldNode source,
                         FieldNode targetRoot) {
        if (target.isArray() || target.type() == FieldType.OBJECT) {
            return new Refused("put " + function.label() + " on a single field; " + label(target) + " is "
                    + target.typeLabel());
        }
        Optional<String> input = input(function, mapping, target, source);
        if (input.isEmpty()) {
            return new Refused(function.overArray()
                    ? "select a source array for " + function.label() + ", then apply it to " + label(target)
                    : "map a field to " + label(target) + " first, or select a source field");
        }
        Mapping current = mapping;
        String argument = input.get();
        if (function.slicesPath() && !isPathOrVariable(argument)) {
            String name = freeName(current, camel(target.name()) + "Text");
            current = withVariable(current, name, argument);
            argument = "$" + name;
        }
        String table = null;
        if (function == MappingFunction.LOOKUP) {
            table = current.lookups().keySet().stream().findFirst().orElse(null);
            if (table == null) {
                table = freeName(current, camel(target.name()) + "Codes");
                current = withLookup(current, table);
            }
        }
        String expression = function.wrap(argument, table);
        return new Applied(RuleTree.withExpression(current, target.path(), expression, targetRoot));
    }

    private static Optional<String> input(MappingFunction function, Mapping mapping, FieldNode target,
                                          FieldNode source) {
        List<io.switchboard.flow.model.FieldRule> arrays = RuleTree.enclosingArrays(mapping, target.path());
        if (function.overArray()) {
            if (source == null || !source.isArray()) {
                return Optional.empty();
            }
            Optional<String> array = SourcePaths.expression(source.path(), arrays);
            if (array.isEmpty() || function == MappingFunction.COUNT || source.itemType() != FieldType.OBJECT) {
                return array;
            }
            return source.children().stream()
                    .filter(child -> child.type() == FieldType.NUMBER || child.type() == FieldType.INTEGER)
                    .findFirst()
                    .map(child -> "[for (" + array.get() + ") ." + child.name() + "]")
                    .or(() -> array);
        }
        Optional<String> existing = RuleTree.ruleAt(mapping, target.path()).map(rule -> rule.expression());
        if (existing.isPresent() && existing.get() != null) {
            return existing;
        }
        return source == null || source.isArray() ? Optional.empty() : SourcePaths.expression(source.path(), arrays);
    }

    private static boolean isPathOrVariable(String expression) {
        List<Token> tokens = Tokenizer.tokens(expression);
        return tokens.size() == 1 && (tokens.get(0).kind() == Token.Kind.PATH
                || tokens.get(0).kind() == Token.Kind.VARIABLE);
    }

    private static Mapping withVariable(Mapping mapping, String name, String expression) {
        List<Variable> variables = new ArrayList<>(mapping.variables());
        variables.add(new Variable(name, expression));
        return new Mapping(mapping.version(), mapping.id(), mapping.description(), mapping.source(), mapping.target(),
                mapping.lookups(), variables, mapping.rules());
    }

    private static Mapping withLookup(Mapping mapping, String name) {
        Map<String, Map<String, String>> lookups = new LinkedHashMap<>(mapping.lookups());
        lookups.put(name, new LinkedHashMap<>());
        return new Mapping(mapping.version(), mapping.id(), mapping.description(), mapping.source(), mapping.target(),
                lookups, mapping.variables(), mapping.rules());
    }

    private static String freeName(Mapping mapping, String base) {
        String name = base;
        for (int n = 2; mapping.lookups().containsKey(name) || hasVariable(mapping, name); n++) {
            name = base + n;
        }
        return name;
    }

    private static boolean hasVariable(Mapping mapping, String name) {
        return mapping.variables().stream().anyMatch(variable -> variable.name().equals(name));
    }

    /** A JSLT variable name from a field name: letters and digits only, starting with a letter. */
    private static String camel(String fieldName) {
        String cleaned = fieldName.replaceAll("[^A-Za-z0-9]", "");
        return cleaned.isEmpty() || !Character.isLetter(cleaned.charAt(0)) ? "field" + cleaned : cleaned;
    }

    private static String label(FieldNode field) {
        return String.join(".", field.path());
    }
}
