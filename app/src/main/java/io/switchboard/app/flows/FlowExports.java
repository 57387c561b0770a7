package io.switchboard.app.flows;

import io.switchboard.app.shell.StudioAlerts;
import io.switchboard.app.workspace.Workspace;
import io.switchboard.flow.export.CamelYamlExporter;
import io.switchboard.flow.export.ExportException;
import io.switchboard.flow.export.ExportResult;
import io.switchboard.flow.mapping.MappingEngine;
import io.switchboard.flow.mapping.PayloadCodec;
import io.switchboard.flow.safety.RuntimeSafetyPolicy;
import io.switchboard.flow.validation.DefinitionException;
import io.switchboard.flow.validation.DefinitionLoader;
import io.switchboard.flow.validation.Finding;
import io.switchboard.fx.task.Tasks;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/**
 * A workspace flow exported for teams that run Camel elsewhere, from the File menu: the same stock Camel folder as
 * {@code switchboard export} (the YAML route, its JSLT and JSON Schema resources, application.properties), and the
 * same refusals, each named with its field.
 */
public final class FlowExports {

    private FlowExports() {
    }

    /** Exports {@code flowFile} into {@code outDir}; answers the files written, or says why it cannot. */
    public static List<Path> export(Path flowFile, Path outDir) throws IOException {
        PayloadCodec codec = new PayloadCodec();
        RuntimeSafetyPolicy policy = new RuntimeSafetyPolicy();
        try {
            ExportResult result = new CamelYamlExporter(new MappingEngine(codec), policy)
                    .export(new DefinitionLoader(policy, codec).loadFlow(flowFile), outDir);
            List<Path> written = new ArrayList<>(List.of(result.routeFile()));
            written.addAll(result.resources());
            return written;
        } catch (DefinitionException e) {
            throw new IOException(e.findings().stream().map(Finding::format).collect(Collectors.joining("\n")), e);
        } catch (ExportException e) {
            throw new IOException(flowFile.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** Asks which flow and where, then exports it in the background and says what was written or why not. */
    public static void ask(Window owner, Workspace workspace, Tasks tasks) {
        if (workspace.flows().isEmpty()) {
            StudioAlerts.cannot(owner, "No flow to export", new IOException("the workspace " + workspace.root()
                    + " has no flows/*.flow.json"));
            return;
        }
        ChoiceDialog<Path> which = new ChoiceDialog<>(workspace.flows().get(0), workspace.flows());
        which.initOwner(owner);
        which.setTitle("Export flow as Camel YAML");
        which.setHeaderText("A folder that runs on Camel 4 (camel-main with the YAML DSL): the route, its "
                + "resources and application.properties.");
        which.setContentText("Flow");
        which.showAndWait().ifPresent(flow -> {
            DirectoryChooser where = new DirectoryChooser();
            where.setTitle("Export " + flow.getFileName() + " into");
            File folder = where.showDialog(owner);
            if (folder == null) {
                return;
            }
            Path flowFile = workspace.root().resolve(flow);
            tasks.run(() -> export(flowFile, folder.toPath()), written -> {
                Alert done = new Alert(Alert.AlertType.INFORMATION, written.size() + " files written to " + folder
                        + ":\n" + written.stream().map(file -> folder.toPath().relativize(file).toString())
                        .collect(Collectors.joining("\n")), ButtonType.OK);
                done.initOwner(owner);
                done.setHeaderText(flow.getFileName() + " exported");
                done.show();
            }, failure -> StudioAlerts.cannot(owner, flow.getFileName() + " cannot be exported", failure));
        });
    }
}
