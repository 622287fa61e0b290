package org.mirrorhand.ui.settings;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.mirrorhand.mirror.AffectedSide;
import org.mirrorhand.mirror.MirrorMode;
import org.mirrorhand.ui.AppContext;
import org.mirrorhand.ui.Screen;
import org.mirrorhand.ui.Choices;

/**
 * Settings: camera and size, where the camera looks from, the chosen person's affected hand (kept in their profile),
 * mirror, sound, full screen. JavaFX thread.
 */
public final class SettingsScreen implements Screen {

    private final SettingsViewModel model;
    private final VBox root = new VBox(20);
    private final ScrollPane scroll = new ScrollPane(root);
    private final ComboBox<org.mirrorhand.capture.CameraInfo> camera = new ComboBox<>();
    private final ComboBox<AffectedSide> side;

    public SettingsScreen(AppContext context, Runnable back) {
        model = new SettingsViewModel(context);
        Label title = new Label("Settings");
        title.getStyleClass().add("heading");

        camera.setItems(model.camerasProperty());
        camera.valueProperty().bindBidirectional(model.cameraProperty());
        camera.promptTextProperty().bind(model.cameraPromptProperty());
        camera.setAccessibleText("Camera");
        Button look = new Button("Look for cameras");
        look.setOnAction(e -> model.reload());
        Label cameraStatus = new Label();
        cameraStatus.textProperty().bind(model.cameraStatusProperty());
        cameraStatus.getStyleClass().add("hint");
        // A video's name can be long: the line wraps inside the column and keeps the height of its wrapped text.
        cameraStatus.setWrapText(true);
        cameraStatus.setMaxWidth(560);
        cameraStatus.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        ComboBox<org.mirrorhand.capture.Resolution> size = new ComboBox<>();
        size.getItems().setAll(model.resolutions());
        size.valueProperty().bindBidirectional(model.resolutionProperty());
        size.setAccessibleText("Picture size");

        ComboBox<Boolean> facing = Choices.combo(java.util.List.of(true, false),
                b -> b ? "looks at me (on the screen)" : "looks down at the table", model.cameraFacesUserProperty());
        facing.setAccessibleText("The camera");
        side = Choices.combo(java.util.List.of(AffectedSide.values()), AffectedSide::label,
                model.affectedSideProperty());
        side.setAccessibleText("Affected hand");
        ComboBox<MirrorMode> mode = Choices.combo(MirrorMode.therapyModes(), MirrorMode::label,
                model.modeProperty());
        mode.setAccessibleText("Mirror");

        CheckBox sound = new CheckBox("Sound: a soft chime for each movement, and spoken words");
        sound.setWrapText(true);
        sound.setMaxWidth(700);
        sound.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        sound.selectedProperty().bindBidirectional(model.soundProperty());
        CheckBox full = new CheckBox("Start full screen (F11 switches)");
        full.selectedProperty().bindBidirectional(model.fullScreenProperty());

        GridPane grid = new GridPane();
        grid.setHgap(20);
        grid.setVgap(16);
        int row = 0;
        // The button sits under the camera list, so a long video name has the whole column and is not cut short.
        grid.addRow(row++, new Label("Camera"), camera);
        grid.add(new HBox(16, look, cameraStatus), 1, row++);
        grid.addRow(row++, new Label("Picture size"), size);
        grid.addRow(row++, new Label("The camera"), facing);
        Label sideLabel = new Label();
        sideLabel.textProperty().bind(model.sideLabelProperty());
        sideLabel.setWrapText(true);
        sideLabel.setMaxWidth(240);
        grid.addRow(row++, sideLabel, side);
        grid.addRow(row++, new Label("Mirror"), mode);
        grid.add(sound, 1, row++);
        grid.add(full, 1, row++);

        Button save = new Button("Save");
        save.setDefaultButton(true);
        save.setOnAction(e -> model.save());
        Button done = new Button("Back to start");
        done.setOnAction(e -> back.run());
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        HBox actions = new HBox(16, save, done, message);
        actions.setAlignment(Pos.CENTER_LEFT);

        root.getChildren().addAll(title, grid, actions);
        root.setPadding(new Insets(40, 60, 40, 60));
        scroll.setFitToWidth(true);
        scroll.setStyle("-fx-background-color: transparent; -fx-background: transparent;");
        scroll.getStyleClass().add(org.mirrorhand.ui.Theme.SCOPE);
    }

    @Override
    public Node view() {
        return scroll;
    }

    @Override
    public void shown() {
        model.reload();
        side.setDisable(!model.sideEditable());
    }

    @Override
    public Node firstFocus() {
        return camera;
    }

}
