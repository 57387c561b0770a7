package io.switchboard.contract.lint;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.contract.ContractDocument;
import io.switchboard.contract.ContractFinding;
import io.switchboard.contract.FindingSeverity;
import io.switchboard.contract.model.OpenApiWalk;
import io.switchboard.contract.model.Operation;
import io.switchboard.contract.refs.Reference;
import io.switchboard.contract.refs.ReferenceIndex;
import io.switchboard.contract.refs.ReferenceResolver;
import java.util.ArrayList;
import java.util.List;

/** What a rule reads (the document, its operations, its references) and where it reports. */
public final class LintContext {

    private final ContractDocument document;
    private final ReferenceIndex references;
    private final ReferenceResolver resolver;
    private final List<Operation> operations;
    private final List<Reported> reported = new ArrayList<>();
    private final java.util.Map<Class<?>, Object> shared = new java.util.HashMap<>();
    private LintRule current;
    private FindingSeverity severity;

    /** What a rule said, before it is placed on a line (placing waits for the document's index of places). */
    private record Reported(String rule, FindingSeverity severity, String pointer, String message) {
    }

    public LintContext(ContractDocument document, ReferenceIndex references, ReferenceResolver resolver) {
        this.document = document;
        this.references = references;
        this.resolver = resolver;
        this.operations = OpenApiWalk.operations(document.root());
    }

    /** Everything reported so far, each placed at its line and column. */
    public List<ContractFinding> findings() {
        return reported.stream().map(found -> document.finding(found.rule(), found.severity(), found.pointer(),
                found.message())).toList();
    }

    public void startRule(LintRule rule, FindingSeverity severity) {
        this.current = rule;
        this.severity = severity;
    }

    public ContractDocument document() {
        return document;
    }

    public JsonNode root() {
        return document.root();
    }

    public ReferenceIndex references() {
        return references;
    }

    public ReferenceResolver resolver() {
        return resolver;
    }

    /** What several rules need of one document, made once per check on first use (a compiled schema set, say). */
    public <T> T shared(Class<T> type, java.util.function.Supplier<T> make) {
        return type.cast(shared.computeIfAbsent(type, key -> make.get()));
    }

    public List<Operation> operations() {
        return operations;
    }

    /** The node itself, or what its {@code $ref} leads to inside this document (other files are not read here). */
    public JsonNode dereference(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; hops < 16 && current.isObject() && current.path("$ref").isTextual(); hops++) {
            Reference reference = Reference.parse("", current.path("$ref").asText());
            if (!reference.isLocal()) {
                return current;
            }
            current = document.root().at(reference.pointer());
        }
        return current;
    }

    public void report(String pointer, String message) {
        reported.add(new Reported(current.id(), severity, pointer, message));
    }

    /** Reports at the rule's severity, but no higher than the given one: for findings a rule only suspects. */
    public void reportAtMost(FindingSeverity ceiling, String pointer, String message) {
        FindingSeverity used = severity.atLeast(ceiling) ? ceiling : severity;
        reported.add(new Reported(current.id(), used, pointer, message));
    }
}
