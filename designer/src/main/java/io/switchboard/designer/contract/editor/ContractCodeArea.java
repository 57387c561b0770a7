package io.switchboard.designer.contract.editor;

import io.switchboard.contract.ContractDocument;
import io.switchboard.contract.ContractFinding;
import io.switchboard.contract.FindingSeverity;
import io.switchboard.fx.task.Tasks;
import io.switchboard.flow.source.Location;
import io.switchboard.icons.StudioIcon;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.TwoDimensional;
import org.fxmisc.richtext.util.UndoUtils;
import org.fxmisc.wellbehaved.event.EventPattern;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;

/**
 * The contract's text: line numbers, colours, a marker in the gutter on each line with findings, and the gestures
 * that follow references: Ctrl+click or F12 on a {@code $ref} goes to its definition, Shift+F12 lists the usages of
 * the component under the caret. Every change of the text is reported to the view model.
 */
public final class ContractCodeArea extends StackPane {

    private static final KeyCombination DEFINITION = new KeyCodeCombination(KeyCode.F12);
    private static final KeyCombination USAGES = new KeyCodeCombination(KeyCode.F12, KeyCombination.SHIFT_DOWN);

    private final CodeArea area = new CodeArea();
    private final ContractEditorViewModel viewModel;
    private final ContractHighlighter highlighter;
    private final LineNumbers lineNumbers;
    private Map<Integer, List<ContractFinding>> findingsByLine = Map.of();
    private final TextLoader loader;
    private boolean loading;
    /** Asked for while a text was going in; done once it is all there. */
    private final List<Runnable> afterLoading = new java.util.ArrayList<>();

    public ContractCodeArea(ContractEditorViewModel viewModel, Tasks tasks) {
        this.viewModel = viewModel;
        this.highlighter = new ContractHighlighter(area, tasks);
        this.loader = new TextLoader(area, tasks);
        getStyleClass().add("contract-code");
        area.setId("contract-text");
        area.getStyleClass().add("contract-text");
        area.setUndoManager(UndoUtils.plainTextUndoManager(area));
        lineNumbers = new LineNumbers(area, () -> area.setParagraphGraphicFactory(this::gutter));
        area.setParagraphGraphicFactory(this::gutter);
        getChildren().add(new VirtualizedScrollPane<>(area));

        viewModel.loadedTexts().subscribe(this::load);
        viewModel.replacements().subscribe(change -> whenLoaded(() -> area.replaceText(change.start(), change.end(),
                change.text())));
        area.plainTextChanges().subscribe(change -> {
            if (!loading) {
                viewModel.edited(change.getPosition(), change.getRemoved().length(), change.getInserted());
            }
            highlighter.request();
        });
        area.estimatedScrollYProperty().addListener((observable, old, now) -> highlighter.request());
        area.heightProperty().addListener((observable, old, now) -> highlighter.request());
        viewModel.findings().addListener((ListChangeListener<ContractFinding>) change -> showMarkers());
        viewModel.reveals().subscribe(location -> whenLoaded(() -> goTo(location)));

        area.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.isShortcutDown()) {
                goToDefinition();
            }
        });
        Nodes.addInputMap(area, InputMap.sequence(
                InputMap.consume(EventPattern.keyPressed(DEFINITION), event -> goToDefinition()),
                InputMap.consume(EventPattern.keyPressed(USAGES), event -> findUsages())));
    }

    /**
     * Puts a file's text in the area: a large one a piece at a time ({@link TextLoader}), read-only until all of it
     * is in, so that the first screen shows at once and no edit lands in a text still arriving.
     */
    private void load(String text) {
        if (text == null) {
            return;
        }
        Path file = viewModel.fileProperty().get();
        boolean yaml = file == null || ContractDocument.isYamlFile(file);
        highlighter.setYaml(yaml);
        loading = true;
        area.setEditable(false);
        lineNumbers.expect(TextLoader.lines(text), area.getParagraphs().size());
        loader.load(text, document -> ContractHighlighter.colourTop(document, yaml), () -> {
            highlighter.colouredAtTop();
            area.moveTo(0);
            area.showParagraphAtTop(0);
            highlighter.request();
        }, () -> {
            loading = false;
            lineNumbers.expect(0, area.getParagraphs().size());
            area.setEditable(true);
            area.getUndoManager().forgetHistory();
            highlighter.request();
            List<Runnable> waiting = List.copyOf(afterLoading);
            afterLoading.clear();
            waiting.forEach(Runnable::run);
        });
    }

    private void whenLoaded(Runnable action) {
        if (loading) {
            afterLoading.add(action);
        } else {
            action.run();
        }
    }

    /** Whether the whole text is in the area (a large one goes in a piece at a time). */
    public boolean loaded() {
        return !loading;
    }

    public CodeArea area() {
        return area;
    }

    void onHighlightApplied(java.util.function.LongConsumer listener) {
        highlighter.onApplied(listener);
    }

    /** Puts the caret at a place and shows it in the middle of the view, its line selected. */
    public void goTo(Location location) {
        if (!location.isKnown()) {
            return;
        }
        int paragraph = Math.min(location.line() - 1, area.getParagraphs().size() - 1);
        int column = Math.min(Math.max(0, location.column() - 1), area.getParagraphLength(paragraph));
        area.moveTo(paragraph, column);
        area.selectRange(paragraph, column, paragraph, area.getParagraphLength(paragraph));
        area.showParagraphAtCenter(paragraph);
        area.requestFocus();
    }

    public void goToDefinition() {
        TwoDimensional.Position caret = area.offsetToPosition(area.getCaretPosition(), TwoDimensional.Bias.Forward);
        viewModel.navigation().definitionAt(caret.getMajor() + 1, caret.getMinor() + 1)
                .ifPresent(navigation -> goTo(navigation.location()));
    }

    public void findUsages() {
        TwoDimensional.Position caret = area.offsetToPosition(area.getCaretPosition(), TwoDimensional.Bias.Forward);
        viewModel.navigation().usagesAt(caret.getMajor() + 1, caret.getMinor() + 1);
    }

    private boolean sameFile(Path other) {
        Path current = viewModel.fileProperty().get();
        return current != null && current.toAbsolutePath().normalize().equals(other.toAbsolutePath().normalize());
    }

    /**
     * Re-makes the gutter of the shown lines whose findings changed, not of every shown line: a new gutter for all
     * of them is a new layout of the whole screen.
     */
    private void showMarkers() {
        Map<Integer, List<ContractFinding>> before = findingsByLine;
        findingsByLine = viewModel.findings().stream()
                .filter(finding -> finding.file() == null || sameFile(finding.file()))
                .collect(Collectors.groupingBy(finding -> finding.location().line(), HashMap::new,
                        Collectors.toList()));
        int first;
        int last;
        try {
            first = area.firstVisibleParToAllParIndex();
            last = area.lastVisibleParToAllParIndex();
        } catch (RuntimeException notLaidOut) {
            area.setParagraphGraphicFactory(this::gutter);
            return;
        }
        for (int paragraph = first; paragraph <= last; paragraph++) {
            if (!Objects.equals(before.get(paragraph + 1), findingsByLine.get(paragraph + 1))) {
                area.recreateParagraphGraphic(paragraph);
            }
        }
    }

    private Node gutter(int paragraph) {
        HBox box = new HBox(3, lineNumbers.of(paragraph), marker(findingsByLine.get(paragraph + 1)));
        box.getStyleClass().add("lineno");
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** The worst finding's icon, with all of the line's findings in a tooltip; an empty space on most lines. */
    private static Node marker(List<ContractFinding> here) {
        if (here == null || here.isEmpty()) {
            Region empty = new Region();
            empty.setMinWidth(16);
            return empty;
        }
        Label marker = new Label();
        marker.getStyleClass().add("gutter-marker");
        marker.setMinWidth(16);
        FindingSeverity worst = here.stream().map(ContractFinding::severity).min(Enum::compareTo).orElseThrow();
        marker.setGraphic(iconOf(worst).create(12));
        marker.getStyleClass().add("gutter-" + worst.label());
        String findings = here.stream().map(finding -> finding.severity().label() + " " + finding.rule() + ": "
                + finding.message()).collect(Collectors.joining("\n"));
        marker.setAccessibleText(findings);
        // A tooltip is a popup window of its own: made when the pointer first comes, not for every line shown.
        marker.setOnMouseEntered(event -> {
            if (marker.getTooltip() == null) {
                marker.setTooltip(new Tooltip(findings));
            }
        });
        return marker;
    }

    static StudioIcon iconOf(FindingSeverity severity) {
        return switch (severity) {
            case ERROR -> StudioIcon.ERROR;
            case WARN -> StudioIcon.WARNING;
            case INFO, HINT -> StudioIcon.INFO;
        };
    }
}
