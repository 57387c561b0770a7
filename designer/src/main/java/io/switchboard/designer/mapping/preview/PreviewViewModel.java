package io.switchboard.designer.mapping.preview;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.flow.mapping.PayloadCodec;
import io.switchboard.flow.mapping.PayloadException;
import io.switchboard.flow.mapping.PayloadFormat;
import io.switchboard.flow.model.Mapping;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
    private final ScheduledExecutorService background;
    private final Executor fx;
    private final Duration debounce;
    private final AtomicLong generation = new AtomicLong();
    private final StringProperty input = new SimpleStringProperty(this, "input", "");
    private final ObjectProperty<PayloadFormat> format = new SimpleObjectProperty<>(this, "format", PayloadFormat.JSON);
    private final ReadOnlyStringWrapper inputName = new ReadOnlyStringWrapper(this, "inputName", "pasted input");
    private final ReadOnlyObjectWrapper<PreviewResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "No input yet");
    private final ObservableValue<Mapping> mapping;
    private ScheduledFuture<?> pending;
    private JsonNode lastOutput;
    private ParsedInput parsed;

    private record ParsedInput(String text, PayloadFormat format, JsonNode value) {
    }

    public PreviewViewModel(ObservableValue<Mapping> mapping, PreviewComputation computation, PayloadCodec codec,
                            ScheduledExecutorService background, Executor fx, Duration debounce) {
        this.mapping = mapping;
        this.computation = computation;
        this.codec = codec;
        this.background = background;
        this.fx = fx;
        this.debounce = debounce;
        mapping.addListener((observable, old, now) -> schedule());
        input.addListener((observable, old, now) -> schedule());
        format.addListener((observable, old, now) -> schedule());
    }

    /** Reads a sample file (in the background) and makes it the input; its format follows its name. */
    public void useSample(Path file) {
        background.execute(() -> {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                PayloadFormat fileFormat = PayloadFormat.fromFileName(file).orElse(PayloadFormat.JSON);
                fx.execute(() -> {
                    inputName.set(file.getFileName().toString());
                    format.set(fileFormat);
                    input.set(text);
                });
            } catch (IOException e) {
                fx.execute(() -> status.set("Cannot read sample " + file + ": " + e.getMessage()));
            }
        });
    }

    /** Computes now rather than after the pause: for a newly opened mapping. */
    public void refreshNow() {
        submit(0);
    }

    private void schedule() {
        submit(debounce.toMillis());
    }

    private synchronized void submit(long delayMillis) {
        if (pending != null) {
            pending.cancel(false);
        }
        Mapping current = mapping.getValue();
        String text = input.get();
        PayloadFormat currentFormat = format.get();
        long ticket = generation.incrementAndGet();
        if (current == null || text == null || text.isBlank()) {
            return;
        }
        try {
            pending = background.schedule(() -> compute(ticket, current, text, currentFormat), delayMillis,
                    TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // The studio is closing and its threads have stopped: there is no one left to show a preview to.
            pending = null;
        }
    }

    /** Runs on the background scheduler. */
    private void compute(long ticket, Mapping current, String text, PayloadFormat currentFormat) {
        JsonNode value;
        try {
            value = parse(text, currentFormat);
        } catch (PayloadException e) {
            String where = e.location().isKnown() ? " at line " + e.location().line() + ", column "
                    + e.location().column() : "";
            publish(ticket, new PreviewResult(null, null, java.util.Set.of(), "The input is not valid "
                    + currentFormat + where + ": " + e.getMessage(), List.of(), 0));
            return;
        }
        PreviewResult computed = computation.compute(current, value, lastOutput);
        if (!computed.failed()) {
            lastOutput = computed.output();
        }
        publish(ticket, computed);
    }

    private JsonNode parse(String text, PayloadFormat currentFormat) throws PayloadException {
        ParsedInput cached = parsed;
        if (cached != null && cached.text() == text && cached.format() == currentFormat) {
            return cached.value();
        }
        JsonNode value = codec.read(text.getBytes(StandardCharsets.UTF_8), currentFormat);
        parsed = new ParsedInput(text, currentFormat, value);
        return value;
    }

    private void publish(long ticket, PreviewResult computed) {
        fx.execute(() -> {
            if (ticket != generation.get()) {
                return;
            }
            result.set(computed);
            status.set(computed.failed() ? computed.error()
                    : "Computed in " + String.format("%.1f", computed.micros() / 1000.0) + " ms"
                            + (computed.changed().isEmpty() ? "" : " · " + computed.changed().size() + " changed"));
        });
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
