package io.switchboard.contract.refs;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.contract.model.NodePath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Every {@code $ref} of a document, and for each local target the places that use it ("find usages"). */
public final class ReferenceIndex {

    private final List<Reference> references;
    private final Map<String, List<Reference>> usagesByTarget;

    private ReferenceIndex(List<Reference> references) {
        this.references = List.copyOf(references);
        Map<String, List<Reference>> byTarget = new HashMap<>();
        for (Reference reference : references) {
            if (reference.isLocal()) {
                byTarget.computeIfAbsent(reference.pointer(), key -> new ArrayList<>()).add(reference);
            }
        }
        this.usagesByTarget = byTarget;
    }

    /** No references: for checks that do not look at them. */
    public static ReferenceIndex none() {
        return new ReferenceIndex(List.of());
    }

    public static ReferenceIndex of(JsonNode root) {
        List<Reference> found = new ArrayList<>();
        collect(root, NodePath.ROOT, found);
        return new ReferenceIndex(found);
    }

    /** Pointers are built only for the references found: a large contract has millions of nodes, few of them refs. */
    private static void collect(JsonNode node, NodePath path, List<Reference> found) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getKey().equals("$ref") && field.getValue().isTextual()) {
                    found.add(Reference.parse(path.child("$ref").pointer(), field.getValue().asText()));
                } else if (field.getValue().isContainerNode()) {
                    collect(field.getValue(), path.child(field.getKey()), found);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (node.get(i).isContainerNode()) {
                    collect(node.get(i), path.child(i), found);
                }
            }
        }
    }

    /*
     * References inside example values are followed too, as Spectral's resolver does: real specs (GitHub's) use them
     * there, and a component used only from an example is not unused.
     */

    public List<Reference> all() {
        return references;
    }

    /** The references that point at a local target (or anywhere inside it, for {@code #/components/schemas/A/x}). */
    public List<Reference> usagesOf(String targetPointer) {
        return usagesByTarget.getOrDefault(targetPointer, Collections.emptyList());
    }
}
