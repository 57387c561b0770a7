package io.switchboard.designer.mapping.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.flow.mapping.MappingEngine;
import io.switchboard.flow.mapping.PayloadCodec;
import io.switchboard.flow.model.FieldRule;
import io.switchboard.flow.model.Mapping;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PreviewViewModelTest {

    private static final Path ORDER = Path.of("..", "examples", "orders", "samples", "order-small.json");

    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor();
    private final SimpleObjectProperty<Mapping> mapping = new SimpleObjectProperty<>(mapping(
            FieldRule.leaf("orderRef", ".orderId")));
    private final List<PreviewResult> published = new CopyOnWriteArrayList<>();
    private final PreviewViewModel preview = new PreviewViewModel(mapping,
            new PreviewComputation(new MappingEngine()), new PayloadCodec(), background, Runnable::run,
            Duration.ofMillis(50));

    PreviewViewModelTest() {
        preview.resultProperty().addListener((observable, old, now) -> published.add(now));
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    private static Mapping mapping(FieldRule... rules) {
        return new Mapping(1, "m", null, null, null, null, null, List.of(rules));
    }

    private PreviewResult awaitResults(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (published.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(published.size() >= count, "expected " + count + " previews, got " + published.size());
        return published.get(count - 1);
    }

    @Test
    void aSampleIsMappedAndAnEditHighlightsTheFieldsItChanged() throws Exception {
        preview.useSample(ORDER);
        PreviewResult first = awaitResults(1);
        assertEquals("ORD-2024-548985", first.output().get("orderRef").asText());
        assertEquals("order-small.json", preview.inputNameProperty().get());

        mapping.set(mapping(FieldRule.leaf("orderRef", ".orderId"), FieldRule.leaf("currency", "uppercase(.currency)")));
        PreviewResult second = awaitResults(2);
        assertEquals("EUR", second.output().get("currency").asText());
        assertEquals(java.util.Set.of(List.of("currency")), second.changed());
        int line = second.text().pathOfLine().indexOf(List.of("currency"));
        assertTrue(second.text().text().split("\n")[line].contains("\"EUR\""));
    }

    @Test
    void editsInQuickSuccessionGiveOneResultAfterThePause() throws Exception {
        preview.useSample(ORDER);
        awaitResults(1);
        for (int i = 0; i < 20; i++) {
            mapping.set(mapping(FieldRule.leaf("n", String.valueOf(i))));
        }
        PreviewResult last = awaitResults(2);
        // The scheduler has one thread and runs tasks by due time: once a task due after every debounce has run,
        // any other computation would have published already.
        background.schedule(() -> { }, 100, TimeUnit.MILLISECONDS).get(10, TimeUnit.SECONDS);
        assertEquals(2, published.size(), "only the latest edit is computed");
        assertEquals(19, last.output().get("n").asInt());
    }

    @Test
    void aFailingExpressionPointsAtItsTargetField() throws Exception {
        preview.useSample(ORDER);
        awaitResults(1);
        mapping.set(mapping(FieldRule.leaf("orderRef", ".orderId"),
                new FieldRule("lines", null, ".items", List.of(FieldRule.leaf("qty", "number(.sku)")))));
        PreviewResult failed = awaitResults(2);
        assertTrue(failed.failed());
        assertEquals(List.of("lines", "qty"), failed.errorTarget());
        assertTrue(failed.error().contains("not a number") || failed.error().contains("number"), failed.error());
    }

    @Test
    void anInputThatIsNotJsonSaysWhere() throws Exception {
        preview.inputProperty().set("{\n  \"orderId\": \"x\",\n  oops\n}");
        PreviewResult failed = awaitResults(1);
        assertTrue(failed.error().contains("line 3"), failed.error());
        assertFalse(failed.error().isBlank());
    }
}
