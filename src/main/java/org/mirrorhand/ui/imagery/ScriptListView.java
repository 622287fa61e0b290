package org.mirrorhand.ui.imagery;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The script list. Keys: Up/Down choose, Enter play, B bed mode, E edit, N new script, Esc back to Start. The first
 * script has the focus as soon as the list is there, so Enter works at once. JavaFX thread; {@link #root()} can be
 * mounted anywhere.
 */
public final class ScriptListView {
    private final ScriptListViewModel model;
    private final BorderPane root = Styles.apply(new BorderPane(), "imagery");
    private final ListView<ScriptListViewModel.Item> list = new ListView<>();

    public ScriptListView(ScriptListViewModel model) {
        this.model = model;
        root.setPadding(new Insets(24, 36, 24, 36));
        Label title = new Label("Guided imagery");
        title.getStyleClass().add("title");
        Label intro = new Label("Listen, and feel your hand move from the inside. Choose a script:");
        intro.getStyleClass().add("subtitle");
        VBox titles = new VBox(6, title, intro);
        // Top right, where a way out is looked for; the buttons below have no width to spare at 1280.
        Button back = Styles.button("Back to start  (Esc)", model::back);
        back.setId("imagery-back");
        Region gap = new Region();
        HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        HBox top = new HBox(18, titles, gap, back);
        top.setAlignment(Pos.TOP_LEFT);
        top.setPadding(new Insets(0, 0, 16, 0));
        root.setTop(top);

        list.setItems(model.items());
        list.setCellFactory(v -> new ScriptCell());
        list.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) ->
                model.selectedProperty().set(now.intValue()));
        model.selectedProperty().addListener((obs, old, now) -> list.getSelectionModel().select(now.intValue()));
        list.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getClickCount() == 2) {
                model.play();
            }
        });
        Label status = new Label();
        status.getStyleClass().add("words");
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(model.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        Label problems = new Label();
        problems.getStyleClass().add("message");
        problems.setWrapText(true);
        problems.setMinHeight(Region.USE_PREF_SIZE);
        problems.textProperty().bind(model.problemsProperty());
        problems.visibleProperty().bind(model.problemsProperty().isNotEmpty());
        problems.managedProperty().bind(problems.visibleProperty());
        VBox centre = new VBox(12, status, list, problems);
        VBox.setVgrow(list, javafx.scene.layout.Priority.ALWAYS);
        root.setCenter(centre);

        Button play = Styles.button("▶  Play  (Enter)", model::play, "primary", "huge");
        Button bed = Styles.button("Bed mode  (B)", model::playInBed);
        Button edit = Styles.button("", model::edit);
        edit.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            int i = model.selectedProperty().get();
            boolean own = i >= 0 && i < model.items().size() && model.items().get(i).own();
            return own ? "Edit  (E)" : "Edit a copy  (E)";
        }, model.selectedProperty(), model.items()));
        Button add = Styles.button("New script  (N)", model::newScript);
        HBox buttons = new HBox(18, play, bed, edit, add);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.setPadding(new Insets(16, 0, 0, 0));
        root.setBottom(buttons);

        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                focusChosenScript();
            }
        });
        // The scripts arrive from a background load, after the app has placed its focus: take it for the list then.
        model.items().addListener((javafx.collections.ListChangeListener<ScriptListViewModel.Item>) c ->
                focusChosenScript());
    }

    private void focusChosenScript() {
        if (root.getScene() == null) {
            return;
        }
        list.requestFocus();
        int chosen = model.selectedProperty().get();
        if (chosen >= 0) {
            list.getSelectionModel().select(chosen);
            list.getFocusModel().focus(chosen);
        }
    }

    public Parent root() {
        return root;
    }

    private void onKey(KeyEvent event) {
        if (event.getTarget() instanceof javafx.scene.control.ButtonBase
                && (event.getCode() == javafx.scene.input.KeyCode.SPACE
                || event.getCode() == javafx.scene.input.KeyCode.ENTER)) {
            return; // a focused button presses itself (Back to start must not play)
        }
        switch (event.getCode()) {
            case ENTER, SPACE -> model.play();
            case B -> model.playInBed();
            case E -> model.edit();
            case N -> model.newScript();
            case ESCAPE -> model.back();
            default -> {
                return;
            }
        }
        event.consume();
    }

    /** Two lines per script: the title large, the length and description smaller. */
    private static final class ScriptCell extends ListCell<ScriptListViewModel.Item> {
        @Override
        protected void updateItem(ScriptListViewModel.Item item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label title = new Label(item.title());
            title.getStyleClass().add("script-title");
            Label details = new Label(item.details());
            details.setWrapText(true);
            details.getStyleClass().add("script-details");
            details.setMaxWidth(1100);
            VBox box = new VBox(4, title, details);
            setGraphic(box);
            setText(null);
        }
    }
}
