package org.mirrorhand.ui.start;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mirrorhand.mirror.AffectedSide;
import org.mirrorhand.ui.AppContext;
import org.mirrorhand.ui.Screen;
import org.mirrorhand.ui.ScreenId;

/**
 * The Start screen: who is using the app today, and five large buttons in plain words. Live screens say plainly when
 * there is no camera. JavaFX thread.
 */
public final class StartScreen implements Screen {

    private final StartViewModel model;
    private final Consumer<ScreenId> go;
    private final VBox root = new VBox(16);
    private final ComboBox<String> person = new ComboBox<>();
    private final Button therapy = big(ScreenId.THERAPY);
    private final Button measure = big(ScreenId.MEASURE);
    private final Button imagery = big(ScreenId.IMAGERY);
    private final Button progress = big(ScreenId.PROGRESS);
    private final Button settings = big(ScreenId.SETTINGS);
    private final Button demo = new Button("Try it with a sample video");
    private final TextField newName = new TextField();
    private final ToggleGroup newSide = new ToggleGroup();
    private final VBox addBox = new VBox(12);

    public StartScreen(AppContext context, Consumer<ScreenId> go) {
        this.model = new StartViewModel(context);
        this.go = go;
        build();
    }

    private static Button big(ScreenId id) {
        Button b = new Button(id.title());
        b.getStyleClass().add("big-button");
        b.setMaxWidth(Double.MAX_VALUE);
        return b;
    }

    private void build() {
        Label title = new Label("MirrorHand");
        title.getStyleClass().add("title");
        title.setStyle("-fx-font-size: 30pt;");

        Label who = new Label("Who is using it today?");
        person.setItems(model.peopleProperty());
        person.valueProperty().bindBidirectional(model.personProperty());
        person.setPromptText("Choose a person");
        person.setAccessibleText("Who is using it today");
        person.setMinWidth(360);
        Button add = new Button("Add a person");
        add.setOnAction(e -> toggleAdd());
        HBox whoRow = new HBox(16, person, add);
        whoRow.setAlignment(Pos.CENTER_LEFT);

        buildAddBox();

        therapy.setOnAction(e -> goLive(ScreenId.THERAPY));
        measure.setOnAction(e -> goLive(ScreenId.MEASURE));
        imagery.setOnAction(e -> go.accept(ScreenId.IMAGERY));
        progress.setOnAction(e -> go.accept(ScreenId.PROGRESS));
        settings.setOnAction(e -> go.accept(ScreenId.SETTINGS));
        demo.setOnAction(e -> {
            model.startDemo();
            go.accept(ScreenId.THERAPY);
        });
        demo.setId("demo");
        demo.setVisible(model.demoAvailable());
        demo.setManaged(demo.isVisible());
        VBox buttons = new VBox(10, therapy, measure, imagery, progress, settings, demo);
        buttons.setMaxWidth(640);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label source = new Label();
        source.textProperty().bind(model.sourceStatusProperty());
        source.getStyleClass().add("hint");
        source.setWrapText(true);
        source.setMinHeight(Region.USE_PREF_SIZE);
        // When the message already says it (Mirror therapy pressed without a camera), say it once, in one colour.
        source.visibleProperty().bind(model.messageProperty().isNotEqualTo(model.sourceStatusProperty()));
        source.managedProperty().bind(source.visibleProperty());
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add("warning");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        Label keys = new Label("Tab moves between buttons. Enter or Space presses. Esc comes back here.");
        keys.getStyleClass().add("hint");
        keys.setWrapText(true);

        // The form opens beside the buttons, not above them: at 1600×900 there is no height to spare.
        HBox middle = new HBox(48, buttons, addBox);
        middle.setAlignment(Pos.TOP_LEFT);
        root.getChildren().addAll(title, who, whoRow, middle, message, source, keys);
        root.setPadding(new Insets(28, 60, 28, 60));
        root.getStyleClass().add(org.mirrorhand.ui.Theme.SCOPE);
        root.setAlignment(Pos.TOP_LEFT);
    }

    private void buildAddBox() {
        Label nameLabel = new Label("Name");
        newName.setPromptText("Type the name");
        newName.setAccessibleText("Name of the new person");
        newName.setMaxWidth(420);
        Label sideLabel = new Label("Which hand is affected?");
        HBox sides = new HBox(12);
        for (AffectedSide s : AffectedSide.values()) {
            ToggleButton t = new ToggleButton(s.label());
            t.setUserData(s);
            t.setToggleGroup(newSide);
            sides.getChildren().add(t);
        }
        newSide.selectToggle(newSide.getToggles().get(0));
        Button save = new Button("Add");
        save.setOnAction(e -> {
            AffectedSide side = (AffectedSide) newSide.getSelectedToggle().getUserData();
            if (model.addPerson(newName.getText(), side)) {
                newName.clear();
                toggleAdd();
                therapy.requestFocus();
            }
        });
        newName.setOnAction(e -> save.fire());
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> closeAdd());
        // Esc closes the form (the app's Esc does nothing on Start); the name typed so far is dropped.
        addBox.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                closeAdd();
                e.consume();
            }
        });
        addBox.getChildren().addAll(nameLabel, newName, sideLabel, sides, new HBox(16, save, cancel));
        addBox.getStyleClass().add("panel");
        addBox.setMaxWidth(640);
        addBox.setMaxHeight(Region.USE_PREF_SIZE);
        addBox.setVisible(false);
        addBox.setManaged(false);
    }

    private void toggleAdd() {
        boolean show = !addBox.isVisible();
        addBox.setVisible(show);
        addBox.setManaged(show);
        if (show) {
            newName.requestFocus();
        }
    }

    private void closeAdd() {
        newName.clear();
        if (addBox.isVisible()) {
            toggleAdd();
        }
        person.requestFocus();
    }

    private void goLive(ScreenId id) {
        if (model.canGoLive()) {
            go.accept(id);
        }
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void shown() {
        model.refresh();
    }

    @Override
    public Node firstFocus() {
        return person.getValue() == null || person.getValue().isEmpty() ? person : therapy;
    }
}
