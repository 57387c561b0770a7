package io.switchboard.designer.mapping;

import io.switchboard.designer.mapping.MappingDocumentViewModel.Side;
import io.switchboard.designer.mapping.files.SchemaChoice;
import io.switchboard.icons.StudioIcon;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;

/**
 * "Source ▾" and "Target ▾": load a side from a schema of a workspace contract (an operation's request or response
 * body, or a component), a JSON Schema file, or a sample payload (JSON, XML, CSV).
 */
final class SchemaSidePicker {

    private final MappingDocumentViewModel document;
    private final ObservableList<Path> contracts;
    private final ObservableList<Path> samples;
    private final Node owner;

    SchemaSidePicker(MappingDocumentViewModel document, ObservableList<Path> contracts, ObservableList<Path> samples,
                     Node owner) {
        this.document = document;
        this.contracts = contracts;
        this.samples = samples;
        this.owner = owner;
    }

    MenuButton button(Side side) {
        String name = side == Side.SOURCE ? "Source" : "Target";
        MenuButton button = new MenuButton(name, (side == Side.SOURCE ? StudioIcon.SOURCE : StudioIcon.TARGET)
                .create(16));
        button.setId("load-" + name.toLowerCase());
        button.setOnShowing(event -> button.getItems().setAll(items(side)));
        return button;
    }

    private List<MenuItem> items(Side side) {
        Menu fromContract = new Menu("From a contract");
        for (Path contract : contracts) {
            MenuItem item = new MenuItem(contract.getFileName().toString());
            item.setOnAction(event -> document.schemaChoices(contract, choices -> choose(side, contract, choices)));
            fromContract.getItems().add(item);
        }
        fromContract.setDisable(contracts.isEmpty());
        Menu fromSample = new Menu("From a workspace sample");
        for (Path sample : samples) {
            MenuItem item = new MenuItem(sample.getFileName().toString());
            item.setOnAction(event -> document.useSample(side, sample));
            fromSample.getItems().add(item);
        }
        fromSample.setDisable(samples.isEmpty());
        MenuItem schemaFile = new MenuItem("JSON Schema or contract file…");
        schemaFile.setOnAction(event -> file("Schema", "*.json", "*.yaml", "*.yml").ifPresent(path ->
                document.schemaChoices(path, choices -> choose(side, path, choices))));
        MenuItem sampleFile = new MenuItem("Sample payload file (JSON, XML, CSV)…");
        sampleFile.setOnAction(event -> file("Sample", "*.json", "*.xml", "*.csv").ifPresent(path ->
                document.useSample(side, path)));
        return List.of(fromContract, fromSample, new SeparatorMenuItem(), schemaFile, sampleFile);
    }

    private void choose(Side side, Path contract, List<SchemaChoice> choices) {
        if (choices.size() == 1) {
            document.useSchema(side, contract, choices.get(0).pointer());
            return;
        }
        ChoiceDialog<SchemaChoice> dialog = new ChoiceDialog<>(choices.isEmpty() ? null : choices.get(0), choices);
        dialog.setTitle("Choose a schema");
        dialog.setHeaderText("Which schema of " + contract.getFileName() + " is the "
                + side.name().toLowerCase() + "?");
        dialog.initOwner(owner.getScene().getWindow());
        dialog.showAndWait().ifPresent(choice -> document.useSchema(side, contract, choice.pointer()));
    }

    private java.util.Optional<Path> file(String kind, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a " + kind.toLowerCase() + " file");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, patterns));
        File chosen = chooser.showOpenDialog(owner.getScene().getWindow());
        return java.util.Optional.ofNullable(chosen).map(File::toPath);
    }
}
