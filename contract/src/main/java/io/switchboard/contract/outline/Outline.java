package io.switchboard.contract.outline;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.contract.ContractDocument;
import io.switchboard.contract.model.OpenApiWalk;
import io.switchboard.contract.outline.OutlineEntry.Kind;
import io.switchboard.flow.source.JsonPointers;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The outline of a contract: servers, paths with their operations, components by kind, tags, in file order. */
public final class Outline {

    private static final List<String> COMPONENT_KINDS = List.of("schemas", "parameters", "responses",
            "requestBodies", "headers", "examples", "securitySchemes", "links", "callbacks", "pathItems");

    private Outline() {
    }

    public static List<OutlineEntry> of(ContractDocument document) {
        JsonNode root = document.root();
        List<OutlineEntry> sections = new ArrayList<>();
        if (root.path("servers").isArray()) {
            sections.add(section(document, "Servers", "/servers", servers(document)));
        }
        if (root.path("paths").isObject()) {
            sections.add(section(document, "Paths", "/paths", paths(document, root.path("paths"), "/paths")));
        }
        if (root.path("webhooks").isObject()) {
            sections.add(section(document, "Webhooks", "/webhooks",
                    paths(document, root.path("webhooks"), "/webhooks")));
        }
        if (root.path("components").isObject()) {
            sections.add(section(document, "Components", "/components", components(document)));
        }
        if (root.path("tags").isArray()) {
            sections.add(section(document, "Tags", "/tags", tags(document)));
        }
        return sections;
    }

    private static OutlineEntry section(ContractDocument document, String label, String pointer,
                                        List<OutlineEntry> children) {
        return new OutlineEntry(Kind.SECTION, label, "", String.valueOf(children.size()), pointer,
                document.locateKey(pointer), children);
    }

    private static List<OutlineEntry> servers(ContractDocument document) {
        List<OutlineEntry> entries = new ArrayList<>();
        JsonNode servers = document.root().path("servers");
        for (int i = 0; i < servers.size(); i++) {
            String pointer = JsonPointers.child("/servers", i);
            entries.add(leaf(document, Kind.SERVER, servers.get(i).path("url").asText("(no url)"),
                    servers.get(i).path("description").asText(""), pointer));
        }
        return entries;
    }

    private static List<OutlineEntry> paths(ContractDocument document, JsonNode paths, String base) {
        List<OutlineEntry> entries = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            String pointer = JsonPointers.child(base, path.getKey());
            List<OutlineEntry> operations = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> fields = path.getValue().fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (OpenApiWalk.METHODS.contains(field.getKey())) {
                    JsonNode operation = field.getValue();
                    String summary = operation.path("summary").asText(operation.path("operationId").asText(""));
                    String operationPointer = JsonPointers.child(pointer, field.getKey());
                    operations.add(new OutlineEntry(Kind.OPERATION, path.getKey(), field.getKey(), summary,
                            operationPointer, document.locateKey(operationPointer), List.of()));
                }
            }
            entries.add(new OutlineEntry(Kind.PATH, path.getKey(), "", "", pointer, document.locateKey(pointer),
                    operations));
        }
        return entries;
    }

    private static List<OutlineEntry> components(ContractDocument document) {
        List<OutlineEntry> groups = new ArrayList<>();
        JsonNode components = document.root().path("components");
        for (String kind : COMPONENT_KINDS) {
            JsonNode group = components.path(kind);
            if (!group.isObject()) {
                continue;
            }
            String groupPointer = "/components/" + kind;
            List<OutlineEntry> members = new ArrayList<>();
            for (Iterator<String> names = group.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                members.add(leaf(document, Kind.COMPONENT, name, "", JsonPointers.child(groupPointer, name)));
            }
            groups.add(new OutlineEntry(Kind.GROUP, kind, "", String.valueOf(members.size()), groupPointer,
                    document.locateKey(groupPointer), members));
        }
        return groups;
    }

    private static List<OutlineEntry> tags(ContractDocument document) {
        List<OutlineEntry> entries = new ArrayList<>();
        JsonNode tags = document.root().path("tags");
        for (int i = 0; i < tags.size(); i++) {
            entries.add(leaf(document, Kind.TAG, tags.get(i).path("name").asText("(no name)"),
                    tags.get(i).path("description").asText(""), JsonPointers.child("/tags", i)));
        }
        return entries;
    }

    private static OutlineEntry leaf(ContractDocument document, Kind kind, String label, String summary,
                                     String pointer) {
        return new OutlineEntry(kind, label, "", summary, pointer, document.locateKey(pointer), List.of());
    }
}
