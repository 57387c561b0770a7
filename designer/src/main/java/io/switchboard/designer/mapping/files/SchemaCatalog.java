package io.switchboard.designer.mapping.files;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.flow.source.JsonPointers;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The schemas an OpenAPI contract offers a mapping: each operation's request and response bodies, each component. */
public final class SchemaCatalog {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    private SchemaCatalog() {
    }

    public static List<SchemaChoice> of(JsonNode contract) {
        List<SchemaChoice> choices = new ArrayList<>();
        JsonNode paths = contract.path("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            String pathPointer = JsonPointers.child("/paths", path.getKey());
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = ops.next();
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                String title = operation.getKey().toUpperCase() + " " + path.getKey();
                String opPointer = pathPointer + "/" + operation.getKey();
                bodies(operation.getValue().path("requestBody"), opPointer + "/requestBody", title + " · request",
                        choices);
                for (Iterator<Map.Entry<String, JsonNode>> responses = operation.getValue().path("responses").fields();
                     responses.hasNext(); ) {
                    Map.Entry<String, JsonNode> response = responses.next();
                    bodies(response.getValue(), JsonPointers.child(opPointer + "/responses", response.getKey()),
                            title + " · " + response.getKey() + " response", choices);
                }
            }
        }
        for (Iterator<String> names = contract.path("components").path("schemas").fieldNames(); names.hasNext(); ) {
            String name = names.next();
            choices.add(new SchemaChoice(name + " (component)", JsonPointers.child("/components/schemas", name)));
        }
        return choices;
    }

    private static void bodies(JsonNode body, String pointer, String title, List<SchemaChoice> into) {
        JsonNode content = body.path("content");
        boolean several = content.size() > 1;
        for (Iterator<Map.Entry<String, JsonNode>> media = content.fields(); media.hasNext(); ) {
            Map.Entry<String, JsonNode> type = media.next();
            if (type.getValue().has("schema")) {
                into.add(new SchemaChoice(title + (several ? " (" + type.getKey() + ")" : ""),
                        JsonPointers.child(pointer + "/content", type.getKey()) + "/schema"));
            }
        }
    }
}
