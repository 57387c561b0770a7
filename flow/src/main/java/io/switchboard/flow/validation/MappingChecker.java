package io.switchboard.flow.validation;

import io.switchboard.flow.mapping.JsltGenerator;
import io.switchboard.flow.mapping.PayloadCodec;
import io.switchboard.flow.mapping.PayloadException;
import io.switchboard.flow.mapping.PayloadFormat;
import io.switchboard.flow.model.FieldRule;
import io.switchboard.flow.model.Mapping;
import io.switchboard.flow.model.SchemaRef;
import io.switchboard.flow.model.Variable;
import io.switchboard.flow.schema.SampleShape;
import io.switchboard.flow.schema.SchemaResolutionException;
import io.switchboard.flow.schema.SchemaResolver;
import io.switchboard.flow.schema.SchemaShape;
import io.switchboard.flow.schema.Shape;
import io.switchboard.flow.schema.UnknownShape;
import io.switchboard.flow.source.JsonPointers;
import java.io.IOException;
import java.nio.file.Files;
import io.switchboard.flow.source.FileScope;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checks a schema cannot express: references resolve, expressions compile, "for each" paths name arrays of
 * the source, every rule has one shape, and the whole mapping compiles to one template.
 */
final class MappingChecker {

    private final SchemaResolver resolver;
    private final FileScope scope;
    private final PayloadCodec codec;

    MappingChecker(SchemaResolver resolver, PayloadCodec codec, FileScope scope) {
        this.scope = scope;
        this.resolver = resolver;
        this.codec = codec;
    }

    record Shapes(Shape source, Shape target) {
    }

    Shapes check(Mapping mapping, FindingCollector findings) {
        Path baseDir = baseDir(findings);
        Shape source = resolveShape(baseDir, mapping.source(), "/source", findings);
        Shape target = resolveShape(baseDir, mapping.target(), "/target", findings);

        Set<String> declared = new LinkedHashSet<>(mapping.lookups().keySet());
        List<Variable> variables = mapping.variables();
        for (int i = 0; i < variables.size(); i++) {
            if (!declared.add(variables.get(i).name())) {
                findings.error("/variables/" + i + "/name",
                        "'" + variables.get(i).name() + "' is already declared as a lookup or variable");
            }
        }
        ExpressionChecker expressions = new ExpressionChecker(declared);
        for (int i = 0; i < variables.size(); i++) {
            int index = i;
            expressions.check(variables.get(i).expression())
                    .ifPresent(problem -> findings.error("/variables/" + index + "/expression", problem));
        }
        checkRules(mapping.rules(), "/rules", source, target, expressions, findings);

        if (!findings.hasErrors()) {
            String template = new JsltGenerator().generate(mapping).text();
            new ExpressionChecker(Set.of()).check(template)
                    .ifPresent(problem -> findings.error("", "the mapping as a whole does not compile: " + problem));
        }
        return new Shapes(source, target);
    }

    private void checkRules(List<FieldRule> rules, String pointer, Shape source, Shape target,
                            ExpressionChecker expressions, FindingCollector findings) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            FieldRule rule = rules.get(i);
            String at = JsonPointers.child(pointer, i);
            Shape targetField = UnknownShape.INSTANCE;
            if (rule.target() != null) {
                if (!seen.add(rule.target())) {
                    findings.error(at + "/target", "target field '" + rule.target() + "' is mapped twice");
                }
                Optional<Shape> field = target.field(rule.target());
                if (field.isEmpty()) {
                    findings.warning(at + "/target", "the target schema has no field '" + rule.target() + "'");
                }
                targetField = field.orElse(UnknownShape.INSTANCE);
            }
            checkRule(rule, at, source, targetField, expressions, findings);
        }
    }

    private void checkRule(FieldRule rule, String at, Shape source, Shape target, ExpressionChecker expressions,
                           FindingCollector findings) {
        boolean hasExpression = rule.expression() != null;
        boolean hasRules = !rule.rules().isEmpty();
        if (hasExpression && hasRules) {
            findings.error(at, "a rule has either an expression or rules, not both");
            return;
        }
        if (!hasExpression && !hasRules) {
            findings.error(at, rule.isArray()
                    ? "a 'forEach' rule needs 'rules' for the item's fields or an 'expression' for the item"
                    : "the rule gives no 'expression' and no 'rules'");
            return;
        }
        Shape itemSource = source;
        Shape itemTarget = target;
        if (rule.isArray()) {
            Optional<String> problem = expressions.check(rule.forEach());
            if (problem.isPresent()) {
                findings.error(at + "/forEach", problem.get());
                return;
            }
            itemSource = arrayItems(rule.forEach(), source, at + "/forEach", findings);
            itemTarget = target.items().orElse(UnknownShape.INSTANCE);
        }
        if (hasExpression) {
            checkLeaf(rule.expression(), at + "/expression", itemSource, expressions, findings);
        } else {
            checkRules(rule.rules(), at + "/rules", itemSource, itemTarget, expressions, findings);
        }
    }

    private void checkLeaf(String expression, String at, Shape source, ExpressionChecker expressions,
                           FindingCollector findings) {
        Optional<String> problem = expressions.check(expression);
        if (problem.isPresent()) {
            findings.error(at, problem.get());
            return;
        }
        SourcePath.fieldsOf(expression).ifPresent(fields -> {
            if (source.at(fields).isEmpty()) {
                findings.warning(at, "the source has no field " + expression.trim());
            }
        });
    }

    /** The shape of one item of the array a "for each" path names; an error when it names no array. */
    private Shape arrayItems(String forEach, Shape source, String at, FindingCollector findings) {
        Optional<List<String>> fields = SourcePath.fieldsOf(forEach);
        if (fields.isEmpty()) {
            return UnknownShape.INSTANCE;
        }
        Optional<Shape> found = source.at(fields.get());
        if (found.isEmpty()) {
            findings.error(at, "'for each' path " + forEach.trim() + " names no field of the source");
            return UnknownShape.INSTANCE;
        }
        Shape.Kind kind = found.get().kind();
        if (kind != Shape.Kind.ARRAY && kind != Shape.Kind.UNKNOWN) {
            findings.error(at, "'for each' path " + forEach.trim() + " is not an array in the source (it is "
                    + kind.name().toLowerCase() + ")");
            return UnknownShape.INSTANCE;
        }
        return found.get().items().orElse(UnknownShape.INSTANCE);
    }

    private Shape resolveShape(Path baseDir, SchemaRef ref, String pointer, FindingCollector findings) {
        if (ref == null) {
            return UnknownShape.INSTANCE;
        }
        if ((ref.file() == null) == (ref.sample() == null)) {
            findings.error(pointer, "give either 'file' (a schema) or 'sample' (a sample payload)");
            return UnknownShape.INSTANCE;
        }
        if (ref.sample() != null) {
            return sampleShape(baseDir.resolve(ref.sample()).normalize(), pointer + "/sample", findings);
        }
        try {
            return SchemaShape.of(resolver, resolver.resolve(baseDir, ref));
        } catch (SchemaResolutionException e) {
            findings.error(ref.pointer().isEmpty() ? pointer + "/file" : pointer + "/pointer",
                    "unknown schema reference " + ref.describe() + ": " + e.getMessage());
            return UnknownShape.INSTANCE;
        }
    }

    private Shape sampleShape(Path sample, String pointer, FindingCollector findings) {
        Optional<PayloadFormat> format = PayloadFormat.fromFileName(sample);
        if (format.isEmpty()) {
            findings.error(pointer, "cannot tell the sample's format from its name (use .json, .xml or .csv)");
            return UnknownShape.INSTANCE;
        }
        try {
            scope.check(sample);
        } catch (FileScope.OutsideScopeException e) {
            findings.error(pointer, e.getMessage());
            return UnknownShape.INSTANCE;
        }
        try {
            return new SampleShape(codec.read(Files.readAllBytes(sample), format.get()));
        } catch (IOException e) {
            findings.error(pointer, "sample not found or unreadable: " + sample);
        } catch (PayloadException e) {
            findings.error(pointer, "sample " + sample + " at " + e.location() + ": " + e.getMessage());
        }
        return UnknownShape.INSTANCE;
    }

    private static Path baseDir(FindingCollector findings) {
        Path parent = findings.document().file().toAbsolutePath().getParent();
        return parent == null ? Path.of(".").toAbsolutePath() : parent;
    }
}
