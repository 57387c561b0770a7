package io.switchboard.designer.mapping;

import io.switchboard.designer.mapping.expression.ExpressionReads;
import io.switchboard.designer.mapping.model.MappingLine;
import io.switchboard.flow.model.FieldRule;
import io.switchboard.flow.model.Mapping;
import io.switchboard.flow.model.Variable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lines of a mapping, derived from its expressions' text: a plain path is a direct line; anything else goes
 * through a function node named after what the expression does. A variable's reads count as the reads of the
 * rules that use it.
 */
public final class MappingLines {

    private MappingLines() {
    }

    public static List<MappingLine> of(Mapping mapping) {
        Map<String, List<List<String>>> variableReads = new HashMap<>();
        for (Variable variable : mapping.variables()) {
            ExpressionReads read = ExpressionReads.of(variable.expression(), List.of());
            Set<List<String>> reads = new LinkedHashSet<>(read.paths());
            for (String used : read.variables()) {
                reads.addAll(variableReads.getOrDefault(used, List.of()));
            }
            variableReads.put(variable.name(), List.copyOf(reads));
        }
        List<MappingLine> lines = new ArrayList<>();
        collect(mapping.rules(), List.of(), List.of(), variableReads, lines);
        return lines;
    }

    private static void collect(List<FieldRule> rules, List<String> targetParent, List<String> context,
                                Map<String, List<List<String>>> variableReads, List<MappingLine> lines) {
        for (FieldRule rule : rules) {
            List<String> target = append(targetParent, rule.target());
            List<String> itemContext = context;
            if (rule.isArray()) {
                ExpressionReads loop = ExpressionReads.of(rule.forEach(), context);
                loop.paths().forEach(path -> lines.add(new MappingLine(path, target, loop.plainPath() ? null : "for")));
                itemContext = loop.plainPath() && !loop.paths().isEmpty() ? loop.paths().get(0) : null;
            }
            if (rule.expression() != null) {
                leaf(rule.expression(), target, itemContext, variableReads, lines);
            }
            collect(rule.rules(), target, itemContext, variableReads, lines);
        }
    }

    private static void leaf(String expression, List<String> target, List<String> context,
                             Map<String, List<List<String>>> variableReads, List<MappingLine> lines) {
        ExpressionReads reads = ExpressionReads.of(expression, context);
        String via = reads.plainPath() ? null : nodeLabel(expression, reads);
        Set<List<String>> sources = new LinkedHashSet<>(reads.paths());
        reads.variables().forEach(name -> sources.addAll(variableReads.getOrDefault(name, List.of())));
        sources.forEach(source -> lines.add(new MappingLine(source, target, via)));
    }

    /** What a function node says: the functions called, else the variables used, else "expr". */
    static String nodeLabel(String expression, ExpressionReads reads) {
        if (!reads.functions().isEmpty()) {
            return String.join(" · ", reads.functions().subList(0, Math.min(2, reads.functions().size())))
                    + (reads.functions().size() > 2 ? " …" : "");
        }
        if (!reads.variables().isEmpty()) {
            return "$" + reads.variables().get(0);
        }
        return expression.contains("+") ? "+" : "expr";
    }

    private static List<String> append(List<String> path, String name) {
        List<String> all = new ArrayList<>(path);
        all.add(name);
        return List.copyOf(all);
    }
}
