package io.switchboard.designer.deploy;

import com.github.difflib.text.DiffRow;
import io.switchboard.contract.diff.ChangeLevel;
import io.switchboard.icons.StudioIcon;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A deploy's review: what changes against the version running in the environment. The bundle's files with what
 * changed in each, the selected file side by side (running | new, changed lines marked), and the contracts'
 * changes by oasdiff's rules, breaking first.
 */
public final class DeployReviewView extends VBox {

    public DeployReviewView(DeployReview review) {
        setId("deploy-review");
        getStyleClass().add("deploy-review");
        setSpacing(8);
        Label headline = new Label(review.headline(),
                (review.breakingChanges() > 0 ? StudioIcon.WARNING : StudioIcon.INFO).create(16));
        headline.setId("deploy-review-headline");
        headline.getStyleClass().add(review.breakingChanges() > 0 ? "review-breaking" : "section-title");
        headline.setWrapText(true);

        ListView<BundleChange> files = new ListView<>(FXCollections.observableArrayList(review.files()));
        files.setId("deploy-review-files");
        files.setCellFactory(list -> new FileCell());
        TableView<DiffRow> sideBySide = sideBySide(review);
        files.getSelectionModel().selectedItemProperty().addListener((observable, old, now) -> {
            sideBySide.getItems().setAll(now == null ? java.util.List.of() : now.rows());
            // The file opens at its first change, a few lines of context above it.
            for (int row = 0; row < sideBySide.getItems().size(); row++) {
                if (sideBySide.getItems().get(row).getTag() != DiffRow.Tag.EQUAL) {
                    sideBySide.scrollTo(Math.max(0, row - 3));
                    break;
                }
            }
        });
        review.files().stream().filter(file -> file.kind() != BundleChange.Kind.UNCHANGED).findFirst()
                .or(() -> review.files().stream().findFirst())
                .ifPresent(files.getSelectionModel()::select);
        SplitPane texts = new SplitPane(files, sideBySide);
        texts.setDividerPositions(0.28);

        Label contractTitle = new Label("Contract changes (oasdiff's rules)");
        contractTitle.getStyleClass().add("section-title");
        ListView<DeployReview.ContractChange> contract = new ListView<>(
                FXCollections.observableArrayList(review.contractChanges()));
        contract.setId("deploy-review-contract");
        contract.setPlaceholder(new Label("No contract of the flow changed."));
        contract.setCellFactory(list -> new ContractChangeCell());
        VBox contractBox = new VBox(4, contractTitle, contract);
        VBox.setVgrow(contract, Priority.ALWAYS);

        SplitPane body = new SplitPane(texts, contractBox);
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.8);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(headline, body);
        setPrefSize(1100, 640);
    }

    private static TableView<DiffRow> sideBySide(DeployReview review) {
        TableView<DiffRow> table = new TableView<>();
        table.setId("deploy-review-lines");
        table.setPlaceholder(new Label("Choose a file."));
        String running = review.runningVersion() == null ? "Running: none" : "Running: version "
                + review.runningVersion();
        table.getColumns().add(column(running, DiffRow::getOldLine));
        table.getColumns().add(column("New", DiffRow::getNewLine));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private static TableColumn<DiffRow, String> column(String title, java.util.function.Function<DiffRow, String> text) {
        TableColumn<DiffRow, String> column = new TableColumn<>(title);
        column.setSortable(false);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(text.apply(row.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeAll("diff-changed", "diff-inserted", "diff-deleted");
                DiffRow row = empty ? null : getTableRow() == null ? null : getTableRow().getItem();
                setText(empty || line == null ? null : line);
                if (row != null && row.getTag() != DiffRow.Tag.EQUAL) {
                    getStyleClass().add("diff-" + row.getTag().name().toLowerCase());
                }
            }
        });
        return column;
    }

    private static final class FileCell extends ListCell<BundleChange> {
        @Override
        protected void updateItem(BundleChange file, boolean empty) {
            super.updateItem(file, empty);
            getStyleClass().removeAll("file-changed");
            if (empty || file == null) {
                setText(null);
                return;
            }
            setText(file.path() + "\n" + file.summary());
            if (file.kind() != BundleChange.Kind.UNCHANGED) {
                getStyleClass().add("file-changed");
            }
        }
    }

    private static final class ContractChangeCell extends ListCell<DeployReview.ContractChange> {
        @Override
        protected void updateItem(DeployReview.ContractChange item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("finding-error", "finding-warning");
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            ChangeLevel level = item.change().level();
            if (level != ChangeLevel.INFO) {
                getStyleClass().add(level == ChangeLevel.ERR ? "finding-error" : "finding-warning");
            }
            setGraphic((level == ChangeLevel.INFO ? StudioIcon.INFO : level == ChangeLevel.ERR ? StudioIcon.ERROR
                    : StudioIcon.WARNING).create(14));
            setText(level + "  " + item.change().rule() + "  " + (item.change().operation() == null ? ""
                    : item.change().operation() + "  ") + item.change().message() + "  (" + item.contract() + ")");
        }
    }
}
