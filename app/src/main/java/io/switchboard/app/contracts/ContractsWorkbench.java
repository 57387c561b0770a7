package io.switchboard.app.contracts;

import io.switchboard.app.shell.OpenDocument;
import io.switchboard.app.workspace.Workspace;
import io.switchboard.contract.check.ContractLinter;
import io.switchboard.contract.lint.Ruleset;
import io.switchboard.contract.lint.RulesetException;
import io.switchboard.contract.lint.RulesetFile;
import io.switchboard.contract.vcs.GitRevision;
import io.switchboard.designer.contract.editor.ContractAnalyzer;
import io.switchboard.designer.contract.editor.ContractEditorView;
import io.switchboard.designer.contract.editor.ContractEditorViewModel;
import io.switchboard.designer.contract.review.ReviewView;
import io.switchboard.designer.contract.review.ReviewViewModel;
import io.switchboard.fx.task.Tasks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Wires the Contracts perspective: the editor (analysis on its own thread, colouring on another, so neither waits
 * behind the other) and the review of two versions. Part of the composition root.
 */
public final class ContractsWorkbench {

    /** The pause after the last keystroke before the contract is checked again. */
    public static final Duration CHECK_PAUSE = Duration.ofMillis(300);

    private final Workspace workspace;
    private final ContractEditorViewModel editor;
    private final ReviewViewModel review;
    private final Tasks tasks;
    private final ContractEditorView editorView;
    private final TabPane view;
    private final Tab reviewTab;

    /**
     * {@code analysis} checks and compares contracts (seconds on the largest specs); {@code highlighting} colours
     * text, and must never wait behind a check.
     */
    public ContractsWorkbench(Workspace workspace, Tasks analysis, Tasks highlighting) {
        this.workspace = workspace;
        this.tasks = analysis;
        RulesetFile rulesets = new RulesetFile(ContractLinter.catalog());
        editor = new ContractEditorViewModel(new ContractAnalyzer(file -> linterFor(rulesets)), analysis,
                CHECK_PAUSE);
        review = new ReviewViewModel(analysis, System.getProperty("user.name", "reviewer"));
        editor.navigation().setOpenElsewhere(navigation -> {
            if (editor.dirtyProperty().get()) {
                editor.showError("Save " + editor.fileProperty().get().getFileName() + " first: the definition is in "
                        + navigation.file().getFileName() + " at line " + navigation.location().line() + ".");
            } else {
                editor.open(navigation.file(), navigation.location());
            }
        });
        editorView = new ContractEditorView(editor, highlighting, new Comparisons());
        Tab editorTab = new Tab("Editor", editorView);
        editorTab.setClosable(false);
        reviewTab = new Tab("Review", new ReviewView(review, highlighting));
        reviewTab.setClosable(false);
        view = new TabPane(editorTab, reviewTab);
        view.setId("contracts-workbench");
    }

    /** The workspace's ruleset; when it cannot be used, the default one, and the reason shown above the text. */
    private ContractLinter linterFor(RulesetFile rulesets) {
        try {
            return new ContractLinter(rulesets.forWorkspace(workspace.root()));
        } catch (RulesetException e) {
            tasks.onUi(() -> editor.showError("The workspace ruleset " + e.file() + " cannot be used at "
                    + e.location() + ": " + e.reason() + ". Using spectral:oas recommended."));
            return new ContractLinter(Ruleset.recommended(ContractLinter.catalog()));
        }
    }

    public void openFirst() {
        workspace.contracts().stream().findFirst().ifPresent(contract -> open(workspace.root().resolve(contract)));
    }

    public void open(Path contract) {
        view.getSelectionModel().selectFirst();
        editor.open(contract);
    }

    /** The editor's view, for the menus' commands. */
    public ContractEditorView editorView() {
        return editorView;
    }

    public TabPane view() {
        return view;
    }

    /** The contract open in the editor, for the question before its edits are lost. */
    public OpenDocument document() {
        return OpenDocument.of(editor.fileProperty(), "The contract", editor.dirtyProperty(), editor::save,
                () -> {
                    Path file = editor.fileProperty().get();
                    if (file != null) {
                        editor.open(file);
                    }
                });
    }

    public ContractEditorViewModel editor() {
        return editor;
    }

    private final class Comparisons implements ContractEditorView.Comparisons {

        @Override
        public void withFile(Path other) {
            compare(current -> other.getFileName().toString(), current -> Files.readString(other,
                    StandardCharsets.UTF_8), current -> "Cannot read " + other);
        }

        @Override
        public void withLastCommit() {
            compare(current -> current.getFileName() + "@HEAD", current -> GitRevision.read(current, "HEAD"),
                    current -> "No committed version of " + current.getFileName() + " to compare with");
        }

        private interface BaseText {
            String read(Path current) throws IOException;
        }

        /** Reads the base version on the analysis thread and reviews the editor's text against it. */
        private void compare(Function<Path, String> baseName, BaseText baseText, Function<Path, String> failure) {
            Path current = editor.fileProperty().get();
            if (current == null) {
                return;
            }
            String revisionText = editor.text();
            view.getSelectionModel().select(reviewTab);
            tasks.run(() -> baseText.read(current),
                    base -> review.compare(baseName.apply(current), base, current, revisionText),
                    e -> review.reportProblem(failure.apply(current) + ": " + e.getMessage()));
        }
    }
}
