package io.switchboard.designer.mapping;

import io.switchboard.designer.mapping.expression.ExpressionReads;
import io.switchboard.designer.mapping.model.MappingFinding.Kind;
import io.switchboard.designer.mapping.model.MappingFinding;
import io.switchboard.flow.model.FieldRule;
import io.switchboard.flow.model.Mapping;
import io.switchboard.flow.model.Variable;
import io.switchboard.flow.schema.FieldNode;
import io.switchboard.flow.schema.FieldType;
import io.switchboard.flow.validation.ExpressionChecker;
import io.switchboard.flow.validation.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checks the canvas shows while the analyst works: required target fields left unmapped, values of the wrong
 * type, paths the source does not have, arrays mapped onto single values, expressions that do not compile.
 */
public final class MappingValidator {

    public List<MappingFinding> validate(Mapping mapping, FieldNode source, FieldNode target) {
        List<MappingFinding> findings = new ArrayList<>();
        Set<String> declared = new LinkedHashSet<>(mapping.lookups().keySet());
        mapping.variables().forEach(variable -> declared.add(variable.name()));
        ExpressionChecker checker = new ExpressionChecker(declared);
        for (Variable variable : mapping.variables()) {
            checkExpression(variable.expression(), List.of(), List.of(), "$" + variable.name() + ": ", source,
                    checker, findings);
        }
        checkRules(mapping.rules(), target, List.of(), source, checker, findings);
        return findings;
    }

    private void checkRules(List<FieldRule> rules, FieldNode targetParent, List<String> context, FieldNode source,
                            ExpressionChecker checker, List<MappingFinding> findings) {
        for (FieldNode field : targetParent == null ? List.<FieldNode>of() : targetParent.children()) {
            if (field.required() && rules.stream().noneMatch(rule -> rule.target().equals(field.name()))) {
                findings.add(new MappingFinding(Severity.ERROR, Kind.UNMAPPED_REQUIRED, field.path(),
                        "required field " + String.join(".", field.path()) + " is not mapped"));
            }
        }
        for (FieldRule rule : rules) {
            FieldNode field = targetParent == null ? null : targetParent.child(rule.target()).orElse(null);
            List<String> targetPath = field != null ? field.path() : List.of(rule.target());
            List<String> itemContext = context;
            if (rule.isArray()) {
                itemContext = checkLoop(rule, field, targetPath, context, source, checker, findings);
            }
            if (rule.expression() != null) {
                checkLeaf(rule, field, targetPath, itemContext, source, checker, findings);
            } else if (field != null && (rule.isArray() || field.type() == FieldType.OBJECT
                    || field.type() == FieldType.ANY)) {
                checkRules(rule.rules(), field, itemContext, source, checker, findings);
            }
        }
    }

    /** Answers the context the item rules are read in: the source array's path, or null when unknown. */
    private List<String> checkLoop(FieldRule rule, FieldNode field, List<String> targetPath, List<String> context,
                                   FieldNode source, ExpressionChecker checker, List<MappingFinding> findings) {
        if (checkExpression(rule.forEach(), targetPath, context, "for each: ", source, checker, findings)) {
            return null;
        }
        if (field != null && !field.isArray() && field.type() != FieldType.ANY) {
            findings.add(new MappingFinding(Severity.ERROR, Kind.ARRAY_MISMATCH, targetPath, label(targetPath)
                    + " is a single " + field.typeLabel() + " but is mapped item by item from " + rule.forEach()));
        }
        ExpressionReads loop = ExpressionReads.of(rule.forEach(), context);
        if (!loop.plainPath() || loop.paths().isEmpty()) {
            return null;
        }
        List<String> array = loop.paths().get(0);
        source.at(array).filter(found -> !found.isArray() && found.type() != FieldType.ANY).ifPresent(found ->
                findings.add(new MappingFinding(Severity.ERROR, Kind.ARRAY_MISMATCH, targetPath,
                        label(targetPath) + " is mapped for each of " + rule.forEach().strip()
                                + ", which is a single " + found.typeLabel() + ", not an array")));
        return array;
    }

    private void checkLeaf(FieldRule rule, FieldNode field, List<String> targetPath, List<String> context,
                           FieldNode source, ExpressionChecker checker, List<MappingFinding> findings) {
        if (checkExpression(rule.expression(), targetPath, context, "", source, checker, findings) || field == null) {
            return;
        }
        FieldType wanted = rule.isArray() ? field.itemType() : field.type();
        if (wanted == null) {
            return;
        }
        ExpressionReads reads = ExpressionReads.of(rule.expression(), context);
        Optional<FieldNode> read = reads.plainPath() && !reads.paths().isEmpty()
                ? source.at(reads.paths().get(0)) : Optional.empty();
        if (read.isPresent() && read.get().isArray() && wanted != FieldType.ARRAY && wanted != FieldType.ANY) {
            findings.add(new MappingFinding(Severity.ERROR, Kind.ARRAY_MISMATCH, targetPath,
                    label(read.get().path()) + " is an array and " + label(targetPath) + " is a single "
                            + wanted.name().toLowerCase() + ": map it onto an array, or use count or sum"));
            return;
        }
        Optional<FieldType> given = read.map(FieldNode::type).or(() -> ResultTypes.of(rule.expression()));
        given.ifPresent(type -> typeMismatch(type, wanted, targetPath).ifPresent(findings::add));
    }

    private static Optional<MappingFinding> typeMismatch(FieldType given, FieldType wanted, List<String> targetPath) {
        if (given.fits(wanted)) {
            return Optional.empty();
        }
        String what = "type mismatch: " + article(given) + " into the " + wanted.name().toLowerCase() + " field "
                + label(targetPath);
        if (given == FieldType.STRING && (wanted == FieldType.NUMBER || wanted == FieldType.INTEGER)) {
            return Optional.of(new MappingFinding(Severity.ERROR, Kind.TYPE_MISMATCH, targetPath,
                    what + "; wrap it in number()"));
        }
        if (given == FieldType.NUMBER && wanted == FieldType.INTEGER) {
            return Optional.of(new MappingFinding(Severity.WARNING, Kind.TYPE_MISMATCH, targetPath,
                    what + "; it may have a fraction, wrap it in round()"));
        }
        if (wanted == FieldType.STRING && given.isScalar()) {
            return Optional.of(new MappingFinding(Severity.WARNING, Kind.TYPE_MISMATCH, targetPath,
                    what + "; wrap it in string()"));
        }
        return Optional.of(new MappingFinding(Severity.ERROR, Kind.TYPE_MISMATCH, targetPath, what));
    }

    /** Compile errors and missing source paths; answers whether the expression does not compile. */
    private boolean checkExpression(String expression, List<String> targetPath, List<String> context, String prefix,
                                    FieldNode source, ExpressionChecker checker, List<MappingFinding> findings) {
        var problem = checker.problemIn(expression);
        if (problem.isPresent()) {
            String at = problem.get().line() > 0 ? " (at " + problem.get().line() + ":" + problem.get().column() + ")"
                    : "";
            findings.add(new MappingFinding(Severity.ERROR, Kind.INVALID_EXPRESSION, targetPath,
                    prefix + "the expression does not compile" + at + ": " + problem.get().message()));
            return true;
        }
        for (List<String> path : ExpressionReads.of(expression, context).paths()) {
            if (missing(source, path)) {
                findings.add(new MappingFinding(Severity.ERROR, Kind.MISSING_SOURCE, targetPath,
                        prefix + "the source has no field " + label(path)));
            }
        }
        return false;
    }

    /** A path is missing only where the schema says what fields there are; under an open object, anything goes. */
    private static boolean missing(FieldNode source, List<String> path) {
        FieldNode current = source;
        for (String step : path) {
            Optional<FieldNode> next = current.child(step);
            if (next.isEmpty()) {
                return !(current.type() == FieldType.ANY || current.children().isEmpty() && !current.type().isScalar());
            }
            current = next.get();
        }
        return false;
    }

    private static String article(FieldType type) {
        String name = type.name().toLowerCase();
        return (name.startsWith("a") || name.startsWith("i") || name.startsWith("o") ? "an " : "a ") + name;
    }

    private static String label(List<String> path) {
        return path.isEmpty() ? "the document" : String.join(".", path);
    }
}
