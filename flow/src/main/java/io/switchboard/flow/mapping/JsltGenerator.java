package io.switchboard.flow.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.flow.model.FieldRule;
import io.switchboard.flow.model.Mapping;
import io.switchboard.flow.model.Variable;
import io.switchboard.flow.source.JsonPointers;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes a mapping as one JSLT template: lookups and variables become {@code let}s, the rule tree becomes an object
 * constructor whose shape is the target's, and arrays become {@code [for (path) ...]}.
 */
public final class JsltGenerator {

    private static final ObjectMapper JSON = new ObjectMapper();

    public GeneratedTemplate generate(Mapping mapping) {
        Writer out = new Writer(pointer -> true);
        writeDeclarations(out, mapping, mapping.variables().size());
        writeObject(out, mapping.rules(), "/rules", "$", "");
        out.newline();
        return new GeneratedTemplate(out.text.toString(), out.origins);
    }

    /**
     * A template that computes only the piece of the mapping at {@code pointer} (a variable's or a rule's
     * expression): how a failure without a line number is traced back to the rule that caused it.
     */
    public String generatePiece(Mapping mapping, String pointer) {
        if (pointer.startsWith("/variables/")) {
            int index = Integer.parseInt(pointer.split("/")[2]);
            Writer out = new Writer(p -> false);
            writeDeclarations(out, mapping, index + 1);
            out.append("$" + mapping.variables().get(index).name());
            return out.text.toString();
        }
        Writer out = new Writer(rule -> pointer.equals(rule) || pointer.startsWith(rule + "/"));
        writeDeclarations(out, mapping, mapping.variables().size());
        writeObject(out, mapping.rules(), "/rules", "$", "");
        return out.text.toString();
    }

    private static void writeDeclarations(Writer out, Mapping mapping, int variableCount) {
        for (Map.Entry<String, Map<String, String>> lookup : mapping.lookups().entrySet()) {
            out.origin("/lookups/" + lookup.getKey(), "$" + lookup.getKey());
            out.line("let " + lookup.getKey() + " = " + toJson(lookup.getValue()));
        }
        List<Variable> variables = mapping.variables();
        for (int i = 0; i < variableCount; i++) {
            Variable variable = variables.get(i);
            out.origin("/variables/" + i + "/expression", "$" + variable.name());
            out.line("let " + variable.name() + " = " + variable.expression());
        }
    }

    private void writeObject(Writer out, List<FieldRule> rules, String pointer, String targetPath, String indent) {
        out.append("{");
        boolean first = true;
        for (int i = 0; i < rules.size(); i++) {
            FieldRule rule = rules.get(i);
            String rulePointer = JsonPointers.child(pointer, i);
            if (!out.includes.test(rulePointer)) {
                continue;
            }
            String fieldPath = targetPath + "." + rule.target();
            if (!first) {
                out.append(",");
            }
            first = false;
            out.newline();
            out.origin(rulePointer, fieldPath);
            out.append(indent + "  " + toJson(rule.target()) + ": ");
            writeValue(out, rule, rulePointer, fieldPath, indent + "  ");
        }
        out.newline();
        out.append(indent + "}");
    }

    private void writeValue(Writer out, FieldRule rule, String pointer, String targetPath, String indent) {
        if (rule.isArray()) {
            out.append("[for (" + rule.forEach() + ") ");
            if (rule.expression() != null) {
                out.origin(pointer + "/expression", targetPath + "[]");
                writeExpression(out, rule.expression());
            } else {
                writeObject(out, rule.rules(), pointer + "/rules", targetPath + "[]", indent);
            }
            out.append("]");
        } else if (rule.isObject()) {
            writeObject(out, rule.rules(), pointer + "/rules", targetPath, indent);
        } else {
            out.origin(pointer + "/expression", targetPath);
            writeExpression(out, rule.expression());
        }
    }

    /** Parenthesised, and a line comment at its end cannot swallow the comma that follows. */
    private static void writeExpression(Writer out, String expression) {
        out.append("(" + expression);
        if (expression.contains("//")) {
            out.newline();
        }
        out.append(")");
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Accumulates the template text and remembers which rule each line belongs to. */
    private static final class Writer {
        private final StringBuilder text = new StringBuilder();
        private final java.util.TreeMap<Integer, GeneratedTemplate.RuleOrigin> origins = new java.util.TreeMap<>();
        private final java.util.function.Predicate<String> includes;
        private int line = 1;

        Writer(java.util.function.Predicate<String> includes) {
            this.includes = includes;
        }

        void append(String chunk) {
            text.append(chunk);
            line += (int) chunk.chars().filter(c -> c == '\n').count();
        }

        void line(String chunk) {
            append(chunk);
            newline();
        }

        void newline() {
            append("\n");
        }

        void origin(String pointer, String targetPath) {
            origins.put(line, new GeneratedTemplate.RuleOrigin(pointer, targetPath));
        }
    }
}
