package io.switchboard.designer.mapping.preview;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.fx.task.LatestOnly;
import io.switchboard.fx.task.Tasks;
import io.switchboard.flow.mapping.PayloadCodec;
import io.switchboard.flow.mapping.PayloadException;
import io.switchboard.flow.mapping.PayloadFormat;
import io.switchboard.flow.model.Mapping;
import io.switchboard.flow.source.TextFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;

/**
 * The live preview: after each edit of the mapping or of the input, and a pause (the debounce), the target document
 * is recomputed on the background scheduler; only the latest result reaches the FX thread.
 */
public final class PreviewViewModel {

    private final PreviewComputation computation;
    private final PayloadCodec codec;
    private final Tasks tasks;
    private final LatestOnly previews;
    private final StringProperty input = new SimpleStringProperty(this, "input", "");
    private final ObjectProperty<PayloadFormat> format = new SimpleObjectProperty<>(this, "format", PayloadFormat.JSON);
    private final ReadOnlyStringWrapper inputName = new ReadOnlyStringWrapper(this, "inputName", "pasted input");
    private final ReadOnlyObjectWrapper<PreviewResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "No input yet");
    private final ObservableValue<Mapping> mapping;
    /** The last good output, to mark what changed; and the last parsed input, not parsed again for a mapping edit. */
    private JsonNode lastOutput;
    private ParsedInput parsed;

    private record ParsedInput(String text, PayloadFormat format, JsonNode value) {
    }

    private record Computed(PreviewResult result, ParsedInput input) {
    }

    /** {@code debounce}: how long edits must stop before the preview is computed again. */
    public PreviewViewModel(ObservableValue<Mapping> mapping, PreviewComputation computation, PayloadCodec codec,
                            Tasks tasks, Duration debounce) {
        this.mapping = mapping;
        this.computation = computation;
        this.codec = codec;
        this.tasks = tasks;
        this.previews = new LatestOnly(tasks, debounce);
        mapping.addListener((observable, old, now) -> schedule());
        input.addListener((observable, old, now) -> schedule());
        format.addListener((observable, old, now) -> schedule());
    }

    /** Reads a sample file (in the background) and makes it the input; its format follows its name. */
    public void useSample(Path file) {
        tasks.run(() -> TextFiles.read(file, TextFiles.MAX_PAYLOAD_BYTES), text -> {
            inputName.set(file.getFileName().toString());
            format.set(PayloadFormat.fromFileName(file).orElse(PayloadFormat.JSON));
            input.set(text);
        }, failure -> status.set("Cannot read sample " + file + ": " + failure.getMessage()));
    }

    /**
     * Makes a text from elsewhere the input (a failed message's payload, say), named as given; XML when it starts
     * like XML, JSON otherwise.
     */
    public void useInput(String name, String text) {
        inputName.set(name);
        format.set(text.stripLeading().startsWith("<") ? PayloadFormat.XML : PayloadFormat.JSON);
        input.set(text);
    }

    /**
     * Keeps what the preview shows as a test case of the mapping ({@code switchboard test} runs it): the input as
     * it is and the output now computed as what it must become. {@code done} hears a sentence either way.
     */
    public void saveAsTestCase(Path workspace, String name, java.util.function.Consumer<String> done) {
        Mapping current = mapping.getValue();
        PreviewResult shown = result.get();
        if (current == null || current.id() == null || shown == null || shown.failed() || shown.output() == null) {
            done.accept("Nothing to keep: the preview has no output for this input yet.");
            return;
        }
        String text = input.get();
        PayloadFormat inputFormat = format.get();
        JsonNode output = shown.output();
        tasks.run(() -> io.switchboard.flow.mapping.MappingTestCases.save(workspace, current.id(), name, text,
                        inputFormat, output),
                saved -> done.accept("Kept as test case " + workspace.relativize(saved.input()).toString()
                        .replace('\\', '/') + " with its expected output"),
                failure -> done.accept("The test case could not be saved: " + failure.getMessage()));
    }

    /** Computes now rather than after the pause: for a newly opened mapping. */
    public void refreshNow() {
        Callable<Computed> work = prepare();
        if (work == null) {
            previews.cancel();
        } else {
            previews.now(work, this::publish, this::failed);
        }
    }

    private void schedule() {
        previews.request(this::prepare, this::publish, this::failed);
    }

    /** On the UI thread: what to compute, from the state now; null when there is nothing to show. */
    private Callable<Computed> prepare() {
        Mapping current = mapping.getValue();
        String text = input.get();
        PayloadFormat currentFormat = format.get();
        if (current == null || text == null || text.isBlank()) {
            return null;
        }
        JsonNode previous = lastOutput;
        ParsedInput cached = parsed;
        return () -> compute(current, text, currentFormat, previous, cached);
    }

    /** In the background. */
    private Computed compute(Mapping current, String text, PayloadFormat currentFormat, JsonNode previous,
                             ParsedInput cached) {
        ParsedInput input;
        try {
            input = cached != null && cached.text() == text && cached.format() == currentFormat ? cached
                    : new ParsedInput(text, currentFormat, codec.read(text.getBytes(StandardCharsets.UTF_8),
                            currentFormat));
        } catch (PayloadException e) {
            String where = e.location().isKnown() ? " at line " + e.location().line() + ", column "
                    + e.location().column() : "";
            return new Computed(new PreviewResult(null, null, java.util.Set.of(), "The input is not valid "
                    + currentFormat + where + ": " + e.getMessage(), List.of(), 0), null);
        }
        return new Computed(computation.compute(current, input.value(), previous), input);
    }

    private void publish(Computed computed) {
        PreviewResult shown = computed.result();
        if (computed.input() != null) {
            parsed = computed.input();
        }
        if (!shown.failed()) {
            lastOutput = shown.output();
        }
        result.set(shown);
        status.set(shown.failed() ? shown.error()
                : "Computed in " + String.format("%.1f", shown.micros() / 1000.0) + " ms"
                        + (shown.changed().isEmpty() ? "" : " · " + shown.changed().size() + " changed"));
    }

    private void failed(Exception failure) {
        status.set("The preview failed: " + (failure.getMessage() == null ? failure : failure.getMessage()));
    }

    public StringProperty inputProperty() {
        return input;
    }

    public ObjectProperty<PayloadFormat> formatProperty() {
        return format;
    }

    public ReadOnlyStringProperty inputNameProperty() {
        return inputName.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PreviewResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
