package io.switchboard.flow.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.flow.schema.FieldNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The target schema's required fields that a mapping's output lacks (absent or null), as display paths such as
 * {@code customer.name} or {@code lines[2].sku}. Walks the output from a queue, only as deep as the output goes.
 */
public final class RequiredFields {

    private RequiredFields() {
    }

    private record Place(JsonNode value, FieldNode field, String path) {
    }

    public static List<String> missing(JsonNode output, FieldNode target) {
        List<String> missing = new ArrayList<>();
        Deque<Place> places = new ArrayDeque<>();
        places.add(new Place(output, target, ""));
        while (!places.isEmpty()) {
            Place place = places.poll();
            if (place.value().isArray()) {
                for (int i = 0; i < place.value().size(); i++) {
                    places.add(new Place(place.value().get(i), place.field(), place.path() + "[" + i + "]"));
                }
                continue;
            }
            if (!place.value().isObject()) {
                continue;
            }
            for (FieldNode child : place.field().children()) {
                JsonNode value = place.value().get(child.name());
                String path = place.path().isEmpty() ? child.name() : place.path() + "." + child.name();
                if (value == null || value.isNull()) {
                    if (child.required()) {
                        missing.add(path);
                    }
                } else if (value.isContainerNode()) {
                    places.add(new Place(value, child, path));
                }
            }
        }
        return missing;
    }
}
