package io.switchboard.monitor.failures;

import io.switchboard.icons.StudioIcon;
import io.switchboard.runtimeclient.wire.ReplayAttempt;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The selected message: its error and where it happened, attempts, headers, the payload pretty-printed (masked for
 * roles that may not see it, and said so), and every replay of it.
 */
public final class DetailsPane extends VBox {

    public DetailsPane(FailureDetailViewModel viewModel, Consumer<OpenInDesigner> openInDesigner) {
        super(4);
        setPadding(new Insets(4));
        getStyleClass().add("details-pane");
        setId("failure-details");
        Label title = new Label("Select a failed message to see it whole.");
        title.getStyleClass().add("pane-title");
        title.setWrapText(true);
        Label error = new Label();
        error.setWrapText(true);
        error.getStyleClass().add("details-error");
        Label facts = new Label();
        facts.setWrapText(true);
        Label headers = new Label();
        headers.setId("details-headers");
        headers.setWrapText(true);
        headers.getStyleClass().add("details-headers");
        Label masked = new Label("Masked: this token may not see the payload's sensitive fields.");
        masked.getStyleClass().add("details-masked");
        masked.setVisible(false);
        masked.managedProperty().bind(masked.visibleProperty());
        CodeArea payload = new CodeArea();
        payload.setId("details-payload");
        payload.getStyleClass().add("payload-text");
        payload.setEditable(false);
        payload.setWrapText(false);
        viewModel.payloadProperty().addListener((observable, old, text) -> show(payload, text,
                viewModel.payloadStylesProperty().get()));
        VirtualizedScrollPane<CodeArea> payloadScroll = new VirtualizedScrollPane<>(payload);
        ListView<String> history = new ListView<>();
        history.setId("details-history");
        history.setPlaceholder(new Label("Never replayed."));
        history.setPrefHeight(72);
        Label problem = new Label();
        problem.getStyleClass().add("problem-text");
        problem.textProperty().bind(viewModel.problemProperty());
        VBox.setVgrow(payloadScroll, Priority.ALWAYS);
        Button open = new Button("Open in designer", StudioIcon.DESIGN.create(14));
        open.setId("open-in-designer");
        open.disableProperty().bind(Bindings.createBooleanBinding(() -> viewModel.detailProperty().get() == null
                || viewModel.detailProperty().get().masked(), viewModel.detailProperty()));
        open.setOnAction(event -> {
            var shown = viewModel.detailProperty().get();
            openInDesigner.accept(new OpenInDesigner(shown.message().flowId(), shown.message().flowVersion(),
                    shown.message().id(), shown.payload()));
        });
        Tooltip.install(open, new Tooltip("The flow's mapping on the canvas, with this payload as the preview's "
                + "input (not for masked payloads)"));
        getChildren().addAll(title, open, error, facts, headers, masked, payloadScroll, new Label("Replays"), history, problem);
        viewModel.detailProperty().addListener((observable, old, detail) -> {
            if (detail == null) {
                title.setText("Select a failed message to see it whole.");
                error.setText("");
                facts.setText("");
                headers.setText("");
                masked.setVisible(false);
                history.getItems().clear();
                return;
            }
            var message = detail.message();
            title.setText("#" + message.id() + " · " + message.flowId() + " v" + message.flowVersion() + " · "
                    + message.status().toLowerCase());
            error.setText(FailuresPane.shortType(message.errorType()) + ": "
                    + (message.errorMessage() == null ? "" : message.errorMessage()));
            String where = message.errorWhere() == null ? "an unknown step"
                    : message.errorWhere().replaceFirst("\\?.*$", "");
            facts.setText("At " + where
                    + " after " + message.attempts() + " attempt" + (message.attempts() == 1 ? "" : "s")
                    + " · failed " + FailuresPane.TIME.format(message.failedAt()) + " · correlation "
                    + message.correlationId() + (detail.failedAgain() > 0 ? " · failed again on "
                    + detail.failedAgain() + " replay" + (detail.failedAgain() == 1 ? "" : "s") : ""));
            headers.setText(detail.headers().isEmpty() ? "No headers kept" : "Headers: " + detail.headers()
                    .entrySet().stream().map(header -> header.getKey() + ": " + header.getValue())
                    .collect(java.util.stream.Collectors.joining(" · ")));
            masked.setVisible(detail.masked());
            history.getItems().setAll(detail.history().stream().map(DetailsPane::attempt).toList());
        });
    }

    /** The payload in its colours, shown from its first line. */
    static void show(CodeArea area, String text, List<PayloadStyles.Span> spans) {
        area.replaceText(text);
        if (!spans.isEmpty() && !text.isEmpty()) {
            StyleSpansBuilder<Collection<String>> styles = new StyleSpansBuilder<>();
            int at = 0;
            for (PayloadStyles.Span span : spans) {
                if (span.start() < at || span.end() > text.length()) {
                    continue;
                }
                if (span.start() > at) {
                    styles.add(List.of(), span.start() - at);
                }
                styles.add(List.of(span.style()), span.end() - span.start());
                at = span.end();
            }
            if (at < text.length()) {
                styles.add(List.of(), text.length() - at);
            }
            area.setStyleSpans(0, styles.create());
        }
        area.moveTo(0);
        area.requestFollowCaret();
    }

    private static String attempt(ReplayAttempt attempt) {
        return FailuresPane.TIME.format(attempt.at()) + " · " + attempt.actor() + " (" + attempt.role() + ") · "
                + attempt.outcome().toLowerCase().replace('_', ' ')
                + (attempt.flowVersion() == null ? "" : " on v" + attempt.flowVersion())
                + (attempt.reason() == null ? "" : " · " + attempt.reason())
                + (attempt.editedPayload() == null ? "" : " · edited payload");
    }
}
