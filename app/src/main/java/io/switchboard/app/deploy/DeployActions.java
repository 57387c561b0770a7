package io.switchboard.app.deploy;

import io.switchboard.app.settings.Environment;
import io.switchboard.app.settings.EnvironmentsDialog;
import io.switchboard.app.settings.StudioSettings;
import io.switchboard.app.shell.StudioAlerts;
import io.switchboard.designer.flow.FlowEditorViewModel;
import io.switchboard.fx.task.Tasks;
import io.switchboard.icons.StudioIcon;
import io.switchboard.monitor.health.VersionsDialog;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.stage.Window;

/**
 * The flow editor's deploy commands: the environment to deploy to, Deploy… (review, then deploy), Versions… (and
 * roll back), Environments…. Runtime calls run in the background; the outcome is said in the status bar, a failure
 * in a dialog (and the log).
 */
public final class DeployActions {

    private final FlowEditorViewModel flow;
    private final StudioSettings settings;
    private final FlowDeployments deployments;
    private final Tasks tasks;
    private final Supplier<Window> owner;
    private final Consumer<String> status;
    private final Consumer<Runnable> whenSaved;
    private final ComboBox<Environment> environment;

    /**
     * {@code whenSaved}: runs its argument once the open files are saved (asking first when some are not), since a
     * deploy sends the files as saved.
     */
    public DeployActions(FlowEditorViewModel flow, StudioSettings settings, FlowDeployments deployments, Tasks tasks,
                         Supplier<Window> owner, Consumer<String> status, Consumer<Runnable> whenSaved) {
        this.flow = flow;
        this.settings = settings;
        this.deployments = deployments;
        this.tasks = tasks;
        this.owner = owner;
        this.status = status;
        this.whenSaved = whenSaved;
        this.environment = new ComboBox<>(settings.environments());
        environment.setId("deploy-environment");
        environment.getSelectionModel().selectFirst();
        settings.environments().addListener((javafx.collections.ListChangeListener<Environment>) change -> {
            // The one chosen stays chosen by its name (it may have been edited); else Local.
            String chosen = environment.getValue() == null ? Environment.LOCAL_NAME : environment.getValue().name();
            environment.setValue(settings.environments().stream().filter(e -> e.name().equals(chosen)).findFirst()
                    .orElse(settings.environments().get(0)));
        });
    }

    public List<Node> toolbarItems() {
        Button deploy = new Button("Deploy…", StudioIcon.DEPLOY.create(16));
        deploy.setId("flow-deploy");
        deploy.setOnAction(event -> deploy());
        Button versions = new Button("Versions…", StudioIcon.ROLLBACK.create(16));
        versions.setId("flow-versions");
        versions.setOnAction(event -> versions());
        Button environments = new Button(null, StudioIcon.ENVIRONMENT.create(16));
        environments.setId("flow-environments");
        environments.setTooltip(new javafx.scene.control.Tooltip("Environments…"));
        environments.setAccessibleText("Environments…");
        environments.setOnAction(event -> EnvironmentsDialog.show(owner.get(), settings));
        for (Button button : List.of(deploy, versions)) {
            button.disableProperty().bind(Bindings.isNull(flow.fileProperty()).or(
                    Bindings.isNull(environment.valueProperty())));
        }
        return List.of(new javafx.scene.control.Separator(), environment, environments, deploy, versions);
    }

    /** The environment chosen in the toolbar. */
    public Environment environment() {
        return environment.getValue();
    }

    /** Saves (or asks), reviews against the running version, and deploys once the review is confirmed. */
    public void deploy() {
        Path file = flow.fileProperty().get();
        Environment target = environment.getValue();
        if (file == null || target == null) {
            return;
        }
        whenSaved.accept(() -> {
            status.accept("Comparing " + file.getFileName() + " with what runs on " + target.name() + "…");
            tasks.run(() -> deployments.prepare(file, target), prepared ->
                    DeployDialog.show(owner.get(), prepared.review(), () -> send(prepared)),
                    failure -> failed("Cannot deploy " + file.getFileName() + " to " + target.name(), failure));
        });
    }

    private void send(FlowDeployments.Prepared prepared) {
        status.accept("Deploying " + prepared.flowId() + " to " + prepared.environment().name() + "…");
        tasks.run(() -> deployments.deploy(prepared), version -> status.accept(prepared.flowId()
                        + " version " + version + " deployed to " + prepared.environment().name()),
                failure -> failed("Deploying " + prepared.flowId() + " to " + prepared.environment().name()
                        + " failed", failure));
    }

    /** The flow's versions in the chosen environment, with a rollback to one of them. */
    public void versions() {
        Environment target = environment.getValue();
        if (flow.flowProperty().get() == null || target == null) {
            return;
        }
        String flowId = flow.flowProperty().get().id();
        tasks.run(() -> deployments.versions(flowId, target), versions -> VersionsDialog.show(owner.get(), flowId,
                target.name(), versions, version -> rollback(flowId, version, target)),
                failure -> failed("The versions of " + flowId + " on " + target.name() + " cannot be read",
                        failure));
    }

    private void rollback(String flowId, int version, Environment target) {
        tasks.run(() -> deployments.rollback(flowId, version, target), summary -> status.accept(flowId
                        + " rolled back to version " + summary.activeVersion() + " on " + target.name()),
                failure -> failed("Rolling " + flowId + " back to version " + version + " failed", failure));
    }

    private void failed(String what, Exception failure) {
        status.accept(what + ": " + failure.getMessage());
        StudioAlerts.cannot(owner.get(), what, failure);
    }
}
