package io.switchboard.flow.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.flow.Examples;
import io.switchboard.flow.model.SchemaRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldTreeTest {

    @Test
    void anOpenApiComponentSchemaBecomesATreeWithTypesRequiredMarkersAndArrays() throws Exception {
        SchemaResolver resolver = new SchemaResolver();
        FieldNode order = new SchemaFieldTree(resolver).root(
                resolver.resolve(Examples.CONTRACT.getParent(), SchemaRef.of("orders.yaml", "/components/schemas/Order")));

        assertEquals(FieldType.OBJECT, order.type());
        FieldNode orderId = order.child("orderId").orElseThrow();
        assertEquals(FieldType.STRING, orderId.type());
        assertTrue(orderId.required());
        FieldNode items = order.child("items").orElseThrow();
        assertTrue(items.isArray());
        assertEquals(FieldType.OBJECT, items.itemType());
        FieldNode qty = items.child("qty").orElseThrow();
        assertEquals(List.of("items", "qty"), qty.path(), "paths inside an array are the item's");
        assertTrue(qty.type() == FieldType.INTEGER || qty.type() == FieldType.NUMBER, qty.toString());
        assertEquals(FieldType.STRING, order.at(List.of("customer", "address", "zip")).orElseThrow().type());
    }

    @Test
    void aRecursiveSchemaIsExpandedOnlyAsDeepAsItIsOpened(@TempDir Path dir) throws Exception {
        Path schema = dir.resolve("node.schema.json");
        Files.writeString(schema, """
                {"$defs": {"Node": {"type": "object", "required": ["id"], "properties": {
                   "id": {"type": ["string", "null"], "format": "uuid"},
                   "parent": {"$ref": "#/$defs/Node"},
                   "children": {"type": "array", "items": {"$ref": "#/$defs/Node"}},
                   "kind": {"oneOf": [{"type": "null"}, {"type": "object", "properties": {"code": {"type": "integer"}}}]},
                   "audit": {"allOf": [{"properties": {"by": {"type": "string"}}}, {"properties": {"at": {"type": "string"}}}]}
                }}}}
                """);
        SchemaResolver resolver = new SchemaResolver();
        FieldNode root = new SchemaFieldTree(resolver).root(resolver.resolve(dir, SchemaRef.of("node.schema.json", "/$defs/Node")));

        FieldNode deep = root.at(List.of("parent", "parent", "parent", "children", "parent", "id")).orElseThrow();
        assertEquals(FieldType.STRING, deep.type());
        assertEquals("string (uuid)", deep.typeLabel());
        assertTrue(root.child("id").orElseThrow().required());
        assertFalse(root.child("parent").orElseThrow().required());
        assertEquals(FieldType.INTEGER, root.at(List.of("kind", "code")).orElseThrow().type());
        assertEquals(List.of("by", "at"), root.child("audit").orElseThrow().children().stream().map(FieldNode::name).toList());
    }

    @Test
    void aSampleGivesTypesAndTheUnionOfItsArrayItemsFields() throws Exception {
        var sample = new ObjectMapper().readTree("""
                {"id": 7, "name": "Ada", "tags": ["a", "b"], "lines": [{"sku": "A", "qty": 1}, {"sku": "B", "qty": 2.5, "note": null}]}
                """);
        FieldNode root = SampleFieldTree.root(sample);

        assertEquals(FieldType.INTEGER, root.child("id").orElseThrow().type());
        assertEquals("array of string", root.child("tags").orElseThrow().typeLabel());
        FieldNode lines = root.child("lines").orElseThrow();
        assertEquals(List.of("sku", "qty", "note"), lines.children().stream().map(FieldNode::name).toList());
        assertEquals(FieldType.NUMBER, lines.child("qty").orElseThrow().type());
        assertTrue(lines.child("sku").orElseThrow().required());
        assertFalse(lines.child("note").orElseThrow().required());
    }
}
