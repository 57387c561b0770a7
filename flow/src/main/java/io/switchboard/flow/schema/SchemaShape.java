package io.switchboard.flow.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The shape a JSON Schema (or an OpenAPI schema object) describes. Follows {@code $ref} and looks into
 * {@code allOf}; where a schema gives alternatives ({@code oneOf}, {@code anyOf}) or says nothing, the shape is
 * unknown rather than guessed.
 */
public final class SchemaShape implements Shape {

    private final SchemaResolver resolver;
    private final ResolvedSchema schema;

    private SchemaShape(SchemaResolver resolver, ResolvedSchema schema) {
        this.resolver = resolver;
        this.schema = schema;
    }

    public static Shape of(SchemaResolver resolver, ResolvedSchema schema) {
        try {
            return new SchemaShape(resolver, resolver.dereference(schema));
        } catch (SchemaResolutionException e) {
            return UnknownShape.INSTANCE;
        }
    }

    public ResolvedSchema schema() {
        return schema;
    }

    /** The resolver that read the schema, with the files it has read: for looking further into the same schema. */
    public SchemaResolver resolver() {
        return resolver;
    }

    @Override
    public Kind kind() {
        for (ResolvedSchema part : parts()) {
            JsonNode type = part.node().get("type");
            if (type != null && type.isTextual()) {
                return switch (type.asText()) {
                    case "object" -> Kind.OBJECT;
                    case "array" -> Kind.ARRAY;
                    default -> Kind.SCALAR;
                };
            }
            if (part.node().has("properties")) {
                return Kind.OBJECT;
            }
            if (part.node().has("items")) {
                return Kind.ARRAY;
            }
        }
        return Kind.UNKNOWN;
    }

    @Override
    public Optional<Shape> field(String name) {
        boolean closed = false;
        for (ResolvedSchema part : parts()) {
            JsonNode properties = part.node().get("properties");
            if (properties != null && properties.has(name)) {
                String pointer = part.pointer() + "/properties/" + name.replace("~", "~0").replace("/", "~1");
                return Optional.of(of(resolver, new ResolvedSchema(part.document(), pointer, properties.get(name))));
            }
            closed |= properties != null;
        }
        Kind kind = kind();
        if (kind == Kind.UNKNOWN || (kind == Kind.OBJECT && !closed)) {
            return Optional.of(UnknownShape.INSTANCE);
        }
        return Optional.empty();
    }

    @Override
    public Optional<Shape> items() {
        for (ResolvedSchema part : parts()) {
            JsonNode items = part.node().get("items");
            if (items != null && items.isObject()) {
                return Optional.of(of(resolver, new ResolvedSchema(part.document(), part.pointer() + "/items", items)));
            }
        }
        return kind() == Kind.UNKNOWN ? Optional.of(UnknownShape.INSTANCE) : Optional.empty();
    }

    /** This schema and, recursively, the members of its {@code allOf}. */
    private List<ResolvedSchema> parts() {
        List<ResolvedSchema> parts = new ArrayList<>();
        collect(schema, parts, 0);
        return parts;
    }

    private void collect(ResolvedSchema current, List<ResolvedSchema> into, int depth) {
        into.add(current);
        JsonNode allOf = current.node().get("allOf");
        if (allOf == null || !allOf.isArray() || depth > 16) {
            return;
        }
        for (int i = 0; i < allOf.size(); i++) {
            ResolvedSchema member = new ResolvedSchema(current.document(), current.pointer() + "/allOf/" + i, allOf.get(i));
            try {
                collect(resolver.dereference(member), into, depth + 1);
            } catch (SchemaResolutionException e) {
                // An unresolvable member says nothing about the shape; the reference check reports it.
            }
        }
    }
}
