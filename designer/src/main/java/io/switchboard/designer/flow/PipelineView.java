package io.switchboard.designer.flow;

import io.switchboard.flow.model.Flow;
import io.switchboard.flow.model.Step;
import io.switchboard.flow.validation.Finding;
import io.switchboard.icons.StudioIcon;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The flow drawn left to right: source → steps → target, one card each. A click selects a card; a double-click
 * on a map step opens its mapping. A card with findings is marked.
 */
final class PipelineView extends ScrollPane {

    private final FlowEditorViewModel editor;
    private final IntConsumer openAt;
    private final HBox cards = new HBox();

    /** {@code openAt}: a card double-clicked, by its position. */
    PipelineView(FlowEditorViewModel editor, IntConsumer openAt) {
        this.editor = editor;
        this.openAt = openAt;
        setId("flow-pipeline");
        getStyleClass().add("flow-pipeline");
        cards.getStyleClass().add("pipeline-cards");
        setContent(cards);
        setFitToHeight(true);
        editor.flowProperty().addListener((observable, old, now) -> redraw());
        editor.selectedProperty().addListener((observable, old, now) -> redraw());
        editor.findings().addListener((javafx.collections.ListChangeListener<Finding>) change -> redraw());
        redraw();
    }

    private void redraw() {
        Flow flow = editor.flowProperty().get();
        if (flow == null) {
            cards.getChildren().setAll(new Label("Open a flow (double-click one in the list) or create one from a "
                    + "contract operation."));
            return;
        }
        List<Step> steps = flow.steps();
        cards.getChildren().clear();
        cards.getChildren().add(card(0, "Source", StudioIcon.SOURCE, StepKinds.detail(flow.source()), "/source"));
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            cards.getChildren().addAll(arrow(), card(i + 1, capitalized(StepKinds.name(step)), iconOf(step),
                    StepKinds.detail(step), "/steps/" + i));
        }
        cards.getChildren().addAll(arrow(), card(steps.size() + 1, "Target", StudioIcon.TARGET,
                StepKinds.detail(flow.target()), "/target"));
    }

    private Node card(int position, String title, StudioIcon icon, String detail, String pointer) {
        Label heading = new Label(title, icon.create(18));
        heading.getStyleClass().add("pipeline-card-title");
        Label text = new Label(detail);
        text.getStyleClass().add("pipeline-card-detail");
        text.setWrapText(true);
        VBox card = new VBox(4, heading, text);
        card.setId("pipeline-" + position);
        card.getStyleClass().add("pipeline-card");
        if (position == editor.selectedProperty().get()) {
            card.getStyleClass().add("selected");
        }
        long problems = editor.findings().stream().filter(Finding::isError)
                .filter(finding -> finding.pointer() != null && (finding.pointer().equals(pointer)
                        || finding.pointer().startsWith(pointer + "/"))).count();
        if (problems > 0) {
            card.getStyleClass().add("has-findings");
            Label marker = new Label(problems == 1 ? "1 error" : problems + " errors", StudioIcon.ERROR.create(12));
            marker.getStyleClass().add("pipeline-card-findings");
            card.getChildren().add(marker);
        }
        card.setOnMouseClicked(event -> {
            if (event.getButton() != MouseButton.PRIMARY) {
                return;
            }
            editor.selectedProperty().set(position);
            if (event.getClickCount() == 2) {
                openAt.accept(position);
            }
        });
        return card;
    }

    private static Label arrow() {
        Label arrow = new Label("→");
        arrow.getStyleClass().add("pipeline-arrow");
        return arrow;
    }

    private static StudioIcon iconOf(Step step) {
        if (step instanceof Step.Validate) {
            return StudioIcon.VALIDATE;
        }
        return step instanceof Step.Map ? StudioIcon.MAPPING : StudioIcon.FILTER;
    }

    private static String capitalized(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
