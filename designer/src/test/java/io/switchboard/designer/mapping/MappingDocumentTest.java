package io.switchboard.designer.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.designer.command.CommandManager;
import io.switchboard.designer.mapping.MappingDocumentViewModel.Side;
import io.switchboard.designer.mapping.files.MappingFiles;
import io.switchboard.designer.mapping.files.SchemaChoice;
import io.switchboard.fx.task.ManualTasks;
import io.switchboard.flow.mapping.PayloadCodec;
import io.switchboard.flow.validation.DefinitionLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingDocumentTest {

    private static final Path ORDERS = Path.of("..", "examples", "orders").toAbsolutePath().normalize();

    private final MappingEditorViewModel editor = new MappingEditorViewModel(new CommandManager(), new ManualTasks());
    private final MappingDocumentViewModel document = new MappingDocumentViewModel(editor,
            new MappingFiles(new PayloadCodec()), new ManualTasks());

    @Test
    void theReferenceMappingOpensSavesUnchangedAndReloadsEqual(@TempDir Path workspace) throws Exception {
        copyWorkspace(workspace);
        Path file = workspace.resolve("mappings/order-to-invoice.mapping.json");
        document.open(file);
        assertEquals("", document.errorProperty().get());
        assertEquals("order-to-invoice.mapping.json", document.titleBinding().get());
        assertTrue(editor.sourceRootProperty().get().child("items").isPresent());
        var opened = editor.mappingProperty().get();

        editor.unmap(List.of("orderRef"));
        assertEquals("order-to-invoice.mapping.json •", document.titleBinding().get());
        editor.undo();
        document.save();
        assertEquals("order-to-invoice.mapping.json", document.titleBinding().get());

        var errors = new DefinitionLoader().validate(file).stream().filter(f -> f.isError()).limit(3).toList();
        assertTrue(errors.isEmpty(), errors.toString());
        document.open(file);
        assertEquals(opened, editor.mappingProperty().get());

        document.createBesideCurrent("another");
        assertEquals(workspace.resolve("mappings/another.mapping.json").toAbsolutePath(),
                document.fileProperty().get().toAbsolutePath());
        assertFalse(editor.commands().canUndoProperty().get());
    }

    @Test
    void aSideLoadsFromAContractOperationBodyAJsonSchemaOrASampleAndUndoes(@TempDir Path workspace) throws Exception {
        copyWorkspace(workspace);
        document.create(workspace, "orders-copy");
        List<SchemaChoice> choices = new ArrayList<>();
        document.schemaChoices(workspace.resolve("contracts/orders.yaml"), choices::addAll);
        assertTrue(choices.stream().anyMatch(c -> c.label().equals("POST /orders · request")), choices.toString());
        assertTrue(choices.stream().anyMatch(c -> c.label().equals("Invoice (component)")));
        SchemaChoice request = choices.stream().filter(c -> c.label().equals("POST /orders · request")).findFirst()
                .orElseThrow();

        document.useSchema(Side.SOURCE, workspace.resolve("contracts/orders.yaml"), request.pointer());
        assertEquals("", document.errorProperty().get());
        assertEquals("../contracts/orders.yaml", editor.mappingProperty().get().source().file());
        assertTrue(editor.sourceRootProperty().get().child("customer").isPresent());

        document.useSample(Side.TARGET, workspace.resolve("samples/invoice-expected.json"));
        assertEquals("../samples/invoice-expected.json", editor.mappingProperty().get().target().sample());
        assertTrue(editor.targetRootProperty().get().child("invoiceNumber").isPresent());

        editor.undo();
        assertFalse(editor.targetRootProperty().get().child("invoiceNumber").isPresent());

        Files.writeString(workspace.resolve("samples/broken.csv"), "a,b\n1,2,3,\"\n");
        Files.writeString(workspace.resolve("samples/broken.json"), "{\n \"a\": 1,\n }");
        document.useSample(Side.TARGET, workspace.resolve("samples/broken.json"));
        assertTrue(document.errorProperty().get().contains("broken.json:3:"), document.errorProperty().get());

        document.save();
        assertTrue(Files.exists(workspace.resolve("mappings/orders-copy.mapping.json")));
    }

    @Test
    void aFileThatIsNotAMappingSaysWhere(@TempDir Path workspace) throws Exception {
        Path file = workspace.resolve("bad.mapping.json");
        Files.writeString(file, "{\n  \"version\": 1,\n  \"rules\": [ { \"target\": }\n]}");
        document.open(file);
        assertTrue(document.errorProperty().get().contains("bad.mapping.json:3:"), document.errorProperty().get());
    }

    private static void copyWorkspace(Path workspace) throws Exception {
        for (String folder : List.of("contracts", "mappings", "samples")) {
            Files.createDirectories(workspace.resolve(folder));
            try (var files = Files.list(ORDERS.resolve(folder))) {
                for (Path file : files.toList()) {
                    Files.copy(file, workspace.resolve(folder).resolve(file.getFileName()));
                }
            }
        }
    }
}
