package io.switchboard.designer.mapping;

import io.switchboard.flow.model.FieldRule;
import io.switchboard.flow.model.Mapping;
import io.switchboard.flow.schema.FieldNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Edits of a mapping's rule tree, addressed by target paths (field names from the root; array items add no step,
 * as in {@link FieldNode#path()}). Each edit answers a new mapping; nothing is changed in place, which is what
 * makes every edit a command that undoes by putting the old mapping back.
 */
final class RuleTree {

    private RuleTree() {
    }

    static Optional<FieldRule> ruleAt(Mapping mapping, List<String> targetPath) {
        List<FieldRule> rules = mapping.rules();
        FieldRule found = null;
        for (String step : targetPath) {
            found = rules.stream().filter(rule -> rule.target().equals(step)).findFirst().orElse(null);
            if (found == null) {
                return Optional.empty();
            }
            rules = found.rules();
        }
        return Optional.ofNullable(found);
    }

    /** Whether the target field is mapped: it has an expression, or it is an array mapped "for each". */
    static boolean isMapped(Optional<FieldRule> rule) {
        return rule.map(found -> found.expression() != null || found.isArray()).orElse(false);
    }

    /** The rules of the enclosing arrays of a target path, outermost first: what source paths are relative to. */
    static List<FieldRule> enclosingArrays(Mapping mapping, List<String> targetPath) {
        List<FieldRule> arrays = new ArrayList<>();
        for (int depth = 1; depth < targetPath.size(); depth++) {
            ruleAt(mapping, targetPath.subList(0, depth)).filter(FieldRule::isArray).ifPresent(arrays::add);
        }
        return arrays;
    }

    /** Sets a field's expression, creating the object rules above it as needed; an array keeps its "for each". */
    static Mapping withExpression(Mapping mapping, List<String> targetPath, String expression, FieldNode targetRoot) {
        return replace(mapping, targetPath, targetRoot,
                old -> old != null && old.isArray()
                        ? new FieldRule(old.target(), expression, old.forEach(), List.of())
                        : FieldRule.leaf(last(targetPath), expression));
    }

    /** Makes a field an array mapped item by item over {@code forEach}, keeping its item rules. */
    static Mapping withForEach(Mapping mapping, List<String> targetPath, String forEach, FieldNode targetRoot) {
        return replace(mapping, targetPath, targetRoot,
                old -> new FieldRule(last(targetPath), null, forEach, old == null ? List.of() : old.rules()));
    }

    /** Removes a field's rule, and the object rules above it that are left empty. */
    static Mapping without(Mapping mapping, List<String> targetPath) {
        return new Mapping(mapping.version(), mapping.id(), mapping.description(), mapping.source(),
                mapping.target(), mapping.lookups(), mapping.variables(), remove(mapping.rules(), targetPath));
    }

    private interface RuleChange {
        FieldRule apply(FieldRule old);
    }

    private static Mapping replace(Mapping mapping, List<String> targetPath, FieldNode targetRoot, RuleChange change) {
        List<FieldRule> rules = put(mapping.rules(), targetPath, targetRoot, change);
        return new Mapping(mapping.version(), mapping.id(), mapping.description(), mapping.source(),
                mapping.target(), mapping.lookups(), mapping.variables(), rules);
    }

    private static List<FieldRule> put(List<FieldRule> rules, List<String> path, FieldNode parentField,
                                       RuleChange change) {
        String name = path.get(0);
        FieldNode field = parentField == null ? null : parentField.child(name).orElse(null);
        List<FieldRule> result = new ArrayList<>(rules);
        int index = indexOf(rules, name);
        FieldRule old = index < 0 ? null : rules.get(index);
        FieldRule updated;
        if (path.size() == 1) {
            updated = change.apply(old);
        } else {
            List<FieldRule> children = put(old == null ? List.of() : old.rules(), path.subList(1, path.size()), field,
                    change);
            updated = old == null || old.expression() != null && !old.isArray()
                    ? new FieldRule(name, null, null, children)
                    : new FieldRule(name, old.isArray() ? null : old.expression(), old.forEach(), children);
        }
        if (index >= 0) {
            result.set(index, updated);
        } else {
            result.add(insertionPoint(rules, name, parentField), updated);
        }
        return result;
    }

    /** Where a new rule goes: in the target schema's field order, so the output reads like the schema. */
    private static int insertionPoint(List<FieldRule> rules, String name, FieldNode parentField) {
        if (parentField == null) {
            return rules.size();
        }
        List<String> order = parentField.children().stream().map(FieldNode::name).toList();
        int position = order.indexOf(name);
        if (position < 0) {
            return rules.size();
        }
        for (int i = 0; i < rules.size(); i++) {
            int other = order.indexOf(rules.get(i).target());
            if (other > position) {
                return i;
            }
        }
        return rules.size();
    }

    private static List<FieldRule> remove(List<FieldRule> rules, List<String> path) {
        int index = indexOf(rules, path.get(0));
        if (index < 0) {
            return rules;
        }
        List<FieldRule> result = new ArrayList<>(rules);
        if (path.size() == 1) {
            result.remove(index);
            return result;
        }
        FieldRule old = rules.get(index);
        List<FieldRule> children = remove(old.rules(), path.subList(1, path.size()));
        if (children.isEmpty() && old.isObject()) {
            result.remove(index);
        } else {
            result.set(index, new FieldRule(old.target(), old.expression(), old.forEach(), children));
        }
        return result;
    }

    private static int indexOf(List<FieldRule> rules, String name) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).target().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String last(List<String> path) {
        return path.get(path.size() - 1);
    }
}
