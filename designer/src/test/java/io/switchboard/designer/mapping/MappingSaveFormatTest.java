package io.switchboard.designer.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.switchboard.designer.mapping.files.MappingFiles;
import io.switchboard.flow.mapping.PayloadCodec;
import io.switchboard.flow.model.FieldRule;
import io.switchboard.flow.model.Mapping;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving a mapping changes in git what was changed in the studio, and nothing else. */
class MappingSaveFormatTest {

    private static final Path REFERENCE = Path.of("..", "examples", "orders", "mappings",
            "order-to-invoice.mapping.json").toAbsolutePath().normalize();

    @TempDir
    Path workspace;

    @Test
    void savingUnchangedRewritesNothingAndTwoEditedExpressionsAreTwoLines() throws Exception {
        Path copy = Files.createDirectories(workspace.resolve("mappings")).resolve("order-to-invoice.mapping.json");
        Files.copy(REFERENCE, copy);
        Files.createDirectories(workspace.resolve("contracts"));
        Files.copy(REFERENCE.getParent().resolveSibling("contracts").resolve("orders.yaml"),
                workspace.resolve("contracts/orders.yaml"));
        MappingFiles files = new MappingFiles(new PayloadCodec());
        Mapping opened = files.open(copy).mapping();

        files.save(copy, opened);
        assertEquals(List.of(), changed(Files.readString(REFERENCE), Files.readString(copy)));

        List<FieldRule> rules = new ArrayList<>(opened.rules());
        rules.set(0, new FieldRule("invoiceNumber", "\"INVOICE-\" + .orderId", null, List.of()));
        rules.set(1, new FieldRule("orderRef", "trim(.orderId)", null, List.of()));
        files.save(copy, new Mapping(opened.version(), opened.id(), opened.description(), opened.source(),
                opened.target(), opened.lookups(), opened.variables(), rules));
        assertEquals(2, changed(Files.readString(REFERENCE), Files.readString(copy)).size());
    }

    private static List<String> changed(String before, String after) {
        List<String> was = before.lines().toList();
        List<String> now = after.lines().toList();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < Math.max(was.size(), now.size()); i++) {
            String a = i < was.size() ? was.get(i) : "";
            String b = i < now.size() ? now.get(i) : "";
            if (!a.equals(b)) {
                lines.add((i + 1) + ": " + a + " → " + b);
            }
        }
        return lines;
    }
}
