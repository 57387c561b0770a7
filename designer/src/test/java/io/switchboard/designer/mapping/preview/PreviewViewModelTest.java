package io.switchboard.designer.mapping.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.fx.task.ManualTasks;
import io.switchboard.flow.mapping.MappingEngine;
import io.switchboard.flow.mapping.PayloadCodec;
import io.switchboard.flow.model.FieldRule;
import io.switchboard.flow.model.Mapping;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class PreviewViewModelTest {

    private static final Path ORDER = Path.of("..", "examples", "orders", "samples", "order-small.json");

    private static final Duration DEBOUNCE = Duration.ofMillis(50);

    private final ManualTasks tasks = new ManualTasks();
    private final SimpleObjectProperty<Mapping> mapping = new SimpleObjectProperty<>(mapping(
            FieldRule.leaf("orderRef", ".orderId")));
    private final List<PreviewResult> published = new CopyOnWriteArrayList<>();
    private final PreviewViewModel preview = new PreviewViewModel(mapping,
            new PreviewComputation(new MappingEngine()), new PayloadCodec(), tasks, DEBOUNCE);

    PreviewViewModelTest() {
        preview.resultProperty().addListener((observable, old, now) -> published.add(now));
    }

    private static Mapping mapping(FieldRule... rules) {
        return new Mapping(1, "m", null, null, null, null, null, List.of(rules));
    }

    /** Lets the debounce pass; then the preview has been computed {@code count} times in all. */
    private PreviewResult afterThePause(int count) {
        tasks.advance(DEBOUNCE);
        assertEquals(count, published.size(), "previews computed");
        return published.get(count - 1);
    }

    @Test
    void aSampleIsMappedAndAnEditHighlightsTheFieldsItChanged() throws Exception {
        preview.useSample(ORDER);
        PreviewResult first = afterThePause(1);
        assertEquals("ORD-2024-548985", first.output().get("orderRef").asText());
        assertEquals("order-small.json", preview.inputNameProperty().get());

        mapping.set(mapping(FieldRule.leaf("orderRef", ".orderId"), FieldRule.leaf("currency", "uppercase(.currency)")));
        PreviewResult second = afterThePause(2);
        assertEquals("EUR", second.output().get("currency").asText());
        assertEquals(java.util.Set.of(List.of("currency")), second.changed());
        int line = second.text().pathOfLine().indexOf(List.of("currency"));
        assertTrue(second.text().text().split("\n")[line].contains("\"EUR\""));
    }

    @Test
    void editsInQuickSuccessionGiveOneResultAfterThePause() throws Exception {
        preview.useSample(ORDER);
        afterThePause(1);
        for (int i = 0; i < 20; i++) {
            mapping.set(mapping(FieldRule.leaf("n", String.valueOf(i))));
            tasks.advance(DEBOUNCE.minusMillis(1));
        }
        assertEquals(1, published.size(), "nothing is computed while edits keep coming");
        PreviewResult last = afterThePause(2);
        tasks.advance(Duration.ofSeconds(1));
        assertEquals(2, published.size(), "only the latest edit is computed");
        assertEquals(19, last.output().get("n").asInt());
    }

    @Test
    void aFailingExpressionPointsAtItsTargetField() throws Exception {
        preview.useSample(ORDER);
        afterThePause(1);
        mapping.set(mapping(FieldRule.leaf("orderRef", ".orderId"),
                new FieldRule("lines", null, ".items", List.of(FieldRule.leaf("qty", "number(.sku)")))));
        PreviewResult failed = afterThePause(2);
        assertTrue(failed.failed());
        assertEquals(List.of("lines", "qty"), failed.errorTarget());
        assertTrue(failed.error().contains("not a number") || failed.error().contains("number"), failed.error());
    }

    @Test
    void anInputThatIsNotJsonSaysWhere() throws Exception {
        preview.inputProperty().set("{\n  \"orderId\": \"x\",\n  oops\n}");
        PreviewResult failed = afterThePause(1);
        assertTrue(failed.error().contains("line 3"), failed.error());
        assertFalse(failed.error().isBlank());
    }

    @Test
    void aFailedMessageShownInThePreviewIsKeptAsATestCaseWithItsOutput(@org.junit.jupiter.api.io.TempDir Path workspace)
            throws Exception {
        List<String> said = new CopyOnWriteArrayList<>();
        preview.saveAsTestCase(workspace, "too early", said::add);
        assertTrue(said.get(0).startsWith("Nothing to keep"), said.toString());

        preview.useInput("failed message #42", "{\"orderId\": \"ORD-42\"}");
        afterThePause(1);
        preview.saveAsTestCase(workspace, "failed message #42", said::add);
        tasks.advance(Duration.ZERO);

        assertTrue(said.get(1).contains("samples/m/failed-message-42.input.json"), said.toString());
        assertEquals("{\"orderId\": \"ORD-42\"}", java.nio.file.Files.readString(
                workspace.resolve("samples/m/failed-message-42.input.json")));
        assertEquals("{ \"orderRef\": \"ORD-42\" }\n", java.nio.file.Files.readString(
                workspace.resolve("samples/m/failed-message-42.expected.json")));
    }
}
