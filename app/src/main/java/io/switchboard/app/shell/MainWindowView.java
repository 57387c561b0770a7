package io.switchboard.app.shell;

import io.switchboard.icons.StudioIcon;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/** The main window: a header with the workspace and the perspective switcher, the open perspective, a status bar. */
public final class MainWindowView extends BorderPane {

    private static final String SHARED_STYLESHEET = "theme/studio.css";

    private final MainWindowViewModel viewModel;
    private final Map<Perspective, PerspectiveView> perspectives = new EnumMap<>(Perspective.class);
    private final StackPane content = new StackPane();
    private final HBox header;

    public MainWindowView(MainWindowViewModel viewModel) {
        this(viewModel, Map.of(), entry -> { });
    }

    /** {@code workbenches}: what a perspective shows beside its file list; {@code open}: a file double-clicked. */
    public MainWindowView(MainWindowViewModel viewModel, Map<Perspective, javafx.scene.Node> workbenches,
                          java.util.function.Consumer<WorkspaceEntry> open) {
        this.viewModel = viewModel;
        getStyleClass().add("main-window");
        for (Perspective perspective : Perspective.values()) {
            perspectives.put(perspective, new PerspectiveView(perspective, viewModel.entries(perspective),
                    viewModel.states(), workbenches.get(perspective), open));
        }
        header = header();
        setTop(header);
        setCenter(content);
        setBottom(statusBar());
        showPerspective(viewModel.perspectiveProperty().get());
        viewModel.perspectiveProperty().addListener((observable, old, now) -> showPerspective(now));
    }

    private javafx.scene.control.MenuBar menus;
    private javafx.scene.Node banner;

    /** Puts the studio's menus above the header. */
    public void showMenus(javafx.scene.control.MenuBar menus) {
        this.menus = menus;
        showTop();
    }

    /** Puts a banner under the header (the demo's). */
    public void showBanner(javafx.scene.Node banner) {
        this.banner = banner;
        showTop();
    }

    private void showTop() {
        javafx.scene.layout.VBox top = new javafx.scene.layout.VBox();
        if (menus != null) {
            top.getChildren().add(menus);
        }
        top.getChildren().add(header);
        if (banner != null) {
            top.getChildren().add(banner);
        }
        setTop(top);
    }

    /** Puts the shared and the theme stylesheet on the scene, and swaps the theme's when it changes. */
    public void applyTheme(Scene scene) {
        Runnable apply = () -> {
            scene.getStylesheets().setAll(
                    stylesheet(SHARED_STYLESHEET), stylesheet(viewModel.themeProperty().get().stylesheet()));
            javafx.stage.Window.getWindows().forEach(window -> themeDialog(scene, window));
        };
        apply.run();
        viewModel.themeProperty().addListener((observable, old, now) -> apply.run());
        // Dialogs (deploy review, versions, questions) are windows of their own: they wear the same theme. One
        // listener per scene: a window built again for another workspace replaces it.
        javafx.collections.ListChangeListener<javafx.stage.Window> dialogs = change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(window -> themeDialog(scene, window));
            }
        };
        Object replaced = scene.getProperties().put(DIALOG_THEMING, dialogs);
        if (replaced instanceof javafx.collections.ListChangeListener<?> previous) {
            @SuppressWarnings("unchecked")
            javafx.collections.ListChangeListener<javafx.stage.Window> old =
                    (javafx.collections.ListChangeListener<javafx.stage.Window>) previous;
            javafx.stage.Window.getWindows().removeListener(old);
        }
        javafx.stage.Window.getWindows().addListener(dialogs);
    }

    private static final String DIALOG_THEMING = "switchboard.dialog-theming";

    /** A dialog the main window owns (directly or through another dialog) takes the main window's stylesheets. */
    private static void themeDialog(Scene main, javafx.stage.Window window) {
        if (!(window instanceof javafx.stage.Stage stage) || window.getScene() == main || !ownedBy(stage,
                main.getWindow())) {
            return;
        }
        if (window.getScene() != null) {
            window.getScene().getStylesheets().setAll(main.getStylesheets());
        } else {
            window.sceneProperty().addListener((observable, old, now) -> {
                if (now != null) {
                    now.getStylesheets().setAll(main.getStylesheets());
                }
            });
        }
    }

    private static boolean ownedBy(javafx.stage.Stage stage, javafx.stage.Window main) {
        for (javafx.stage.Window owner = stage.getOwner(); owner != null;
             owner = owner instanceof javafx.stage.Stage parent ? parent.getOwner() : null) {
            if (owner == main) {
                return true;
            }
        }
        return false;
    }

    private HBox header() {
        Label product = new Label("Switchboard Studio");
        product.getStyleClass().add("product-name");

        Label workspace = new Label(viewModel.workspaceName(), StudioIcon.WORKSPACE.create(16));
        workspace.getStyleClass().add("workspace-name");
        workspace.setId("workspace-name");

        HBox switcher = new HBox();
        switcher.getStyleClass().add("perspective-switcher");
        ToggleGroup group = new ToggleGroup();
        for (Perspective perspective : Perspective.values()) {
            ToggleButton button = new ToggleButton(perspective.title(), PerspectiveView.iconOf(perspective).create(16));
            button.setId("perspective-" + perspective.name().toLowerCase());
            button.setToggleGroup(group);
            button.setSelected(perspective == viewModel.perspectiveProperty().get());
            // A click on the open perspective keeps it open rather than leaving no perspective selected.
            button.setOnAction(event -> {
                button.setSelected(true);
                viewModel.open(perspective);
            });
            viewModel.perspectiveProperty().addListener((observable, old, now) -> button.setSelected(now == perspective));
            switcher.getChildren().add(button);
        }

        Button theme = new Button();
        theme.setId("theme-toggle");
        theme.getStyleClass().add("theme-toggle");
        theme.textProperty().bind(viewModel.themeToggleTextProperty());
        theme.graphicProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> (viewModel.themeProperty().get() == Theme.LIGHT ? StudioIcon.THEME_DARK : StudioIcon.THEME_LIGHT)
                        .create(16), viewModel.themeProperty()));
        theme.setOnAction(event -> viewModel.toggleTheme());

        HBox header = new HBox(product, workspace, spacer(), switcher, spacer(), theme);
        header.getStyleClass().add("header");
        return header;
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(viewModel.statusProperty());
        Label path = new Label(viewModel.workspacePath());
        path.getStyleClass().add("status-path");
        Label runtime = new Label("", StudioIcon.RUNTIME.create(14));
        runtime.setId("runtime-status");
        runtime.textProperty().bind(viewModel.runtimeStatusProperty());
        HBox bar = new HBox(status, spacer(), path, runtime);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void showPerspective(Perspective perspective) {
        content.getChildren().setAll(perspectives.get(perspective));
    }

    private static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    private static String stylesheet(String name) {
        return MainWindowView.class.getResource("/io/switchboard/app/" + name).toExternalForm();
    }
}
