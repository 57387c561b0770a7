package io.switchboard.monitor.replay;

import io.switchboard.icons.StudioIcon;
import io.switchboard.runtimeclient.wire.FailedFilter;
import io.switchboard.runtimeclient.wire.FailedMessageDetail;
import io.switchboard.runtimeclient.wire.FailedMessageSummary;
import io.switchboard.runtimeclient.wire.FailureGroupSummary;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The replay actions on what is selected, the running job's progress with cancel, the warning about new failures,
 * and each message's outcome as it comes. Actions the token may not take are disabled, with the reason.
 */
public final class ReplayBar extends VBox {

    /** What the bar acts on: the chosen messages, the chosen group, the list's filter, the shown detail. */
    public record Selection(ObservableList<FailedMessageSummary> messages,
                            ObservableValue<FailureGroupSummary> group, Supplier<FailedFilter> filter,
                            ObservableValue<FailedMessageDetail> detail) {
    }

    public ReplayBar(ReplayViewModel viewModel, Selection selection) {
        super(4);
        setPadding(new Insets(4));
        getStyleClass().add("replay-bar");
        Button one = action("Replay", "replay-selected", StudioIcon.REPLAY, viewModel);
        one.disableProperty().bind(viewModel.mayReplayProperty().not()
                .or(Bindings.isEmpty(selection.messages())));
        one.setOnAction(event -> {
            List<FailedMessageSummary> chosen = List.copyOf(selection.messages());
            if (chosen.size() == 1) {
                viewModel.replayOne(chosen.get(0));
            } else {
                viewModel.ask(chosen.size() + " selected messages",
                        chosen.stream().map(FailedMessageSummary::id).toList(), null);
            }
        });
        Button group = action("Replay group…", "replay-group", StudioIcon.GROUP, viewModel);
        group.disableProperty().bind(viewModel.mayReplayProperty().not()
                .or(Bindings.createBooleanBinding(() -> selection.group().getValue() == null, selection.group())));
        group.setOnAction(event -> {
            FailureGroupSummary chosen = selection.group().getValue();
            viewModel.ask("the group \"" + chosen.pattern() + "\"", null, FailedFilter.ofGroup(chosen.id()));
        });
        Button matching = action("Replay all matching…", "replay-matching", StudioIcon.FILTER, viewModel);
        matching.disableProperty().bind(viewModel.mayReplayProperty().not());
        matching.setOnAction(event -> viewModel.ask("every waiting message the filter matches", null,
                selection.filter().get()));
        Button edit = action("Edit and replay…", "replay-edited", StudioIcon.EDIT, viewModel);
        edit.disableProperty().bind(viewModel.mayReplayProperty().not()
                .or(Bindings.size(selection.messages()).isNotEqualTo(1))
                .or(Bindings.createBooleanBinding(() -> selection.detail().getValue() == null
                        || selection.detail().getValue().masked(), selection.detail())));
        edit.setOnAction(event -> {
            FailedMessageSummary chosen = selection.messages().get(0);
            ReplayDialogs.edit(getScene().getWindow(), chosen.id(), selection.detail().getValue().payload())
                    .ifPresent(change -> viewModel.replayEdited(chosen, change.payload(), change.reason()));
        });
        Button discard = action("Discard…", "discard", StudioIcon.DISCARD, viewModel);
        discard.disableProperty().bind(viewModel.mayReplayProperty().not()
                .or(Bindings.size(selection.messages()).isNotEqualTo(1)));
        discard.setOnAction(event -> {
            FailedMessageSummary chosen = selection.messages().get(0);
            ReplayDialogs.reasonToDiscard(getScene().getWindow(), chosen.id())
                    .ifPresent(reason -> viewModel.discard(chosen, reason));
        });
        FlowPane actions = new FlowPane(6, 6, wrapped(one), wrapped(group), wrapped(matching), wrapped(edit),
                wrapped(discard));
        Label whyNot = new Label();
        whyNot.setId("replay-why-not");
        whyNot.setWrapText(true);
        whyNot.getStyleClass().add("warning-text");
        whyNot.textProperty().bind(viewModel.whyNotProperty());
        whyNot.visibleProperty().bind(viewModel.whyNotProperty().isNotEmpty());
        whyNot.managedProperty().bind(whyNot.visibleProperty());

        ProgressBar progress = new ProgressBar();
        progress.setId("replay-progress");
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.setPrefWidth(220);
        Label progressText = new Label();
        progressText.setId("replay-progress-text");
        progressText.textProperty().bind(viewModel.progressTextProperty());
        Button cancel = new Button("Cancel", StudioIcon.CANCEL.create(14));
        cancel.setId("replay-cancel");
        cancel.disableProperty().bind(viewModel.runningProperty().not());
        cancel.setOnAction(event -> viewModel.cancel());
        HBox job = new HBox(8, progress, progressText, cancel);
        job.setAlignment(Pos.CENTER_LEFT);
        job.visibleProperty().bind(viewModel.jobProperty().isNotNull());
        job.managedProperty().bind(job.visibleProperty());
        HBox.setHgrow(progressText, Priority.ALWAYS);

        Label warning = new Label();
        warning.setId("replay-warning");
        warning.getStyleClass().add("warning-text");
        warning.setWrapText(true);
        warning.textProperty().bind(viewModel.warningProperty());
        warning.visibleProperty().bind(viewModel.warningProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        Label problem = new Label();
        problem.getStyleClass().add("problem-text");
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.problemProperty());
        ListView<String> outcomes = new ListView<>(viewModel.outcomes());
        outcomes.setId("replay-outcomes");
        outcomes.setPlaceholder(new Label("Replay outcomes appear here as they happen."));
        outcomes.setPrefHeight(90);
        getChildren().addAll(actions, whyNot, job, warning, problem, outcomes);

        viewModel.pendingProperty().addListener((observable, old, pending) -> {
            if (pending == null) {
                return;
            }
            var choice = ReplayDialogs.confirm(getScene().getWindow(), pending);
            if (choice.isPresent()) {
                viewModel.confirm(choice.get().throttlePerSecond(), choice.get().reason());
            } else {
                viewModel.dismiss();
            }
        });
    }

    private static Button action(String text, String id, StudioIcon icon, ReplayViewModel viewModel) {
        Button button = new Button(text, icon.create(14));
        button.setId(id);
        button.accessibleHelpProperty().bind(Bindings.createStringBinding(() -> viewModel.whyNotProperty().get()
                .isEmpty() ? text : viewModel.whyNotProperty().get(), viewModel.whyNotProperty()));
        return button;
    }

    /**
     * A disabled button gets no pointer events, so a tooltip of its own would never show: its wrapper shows why it
     * is disabled. Made when the pointer first comes (a tooltip is a popup window of its own).
     */
    private static StackPane wrapped(Button button) {
        StackPane wrapper = new StackPane(button);
        wrapper.setOnMouseEntered(event -> {
            if (wrapper.getProperties().get(Tooltip.class) == null) {
                Tooltip why = new Tooltip();
                why.textProperty().bind(button.accessibleHelpProperty());
                Tooltip.install(wrapper, why);
                wrapper.getProperties().put(Tooltip.class, why);
            }
        });
        return wrapper;
    }
}
