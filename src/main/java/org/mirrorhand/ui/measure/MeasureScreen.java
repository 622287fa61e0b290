package org.mirrorhand.ui.measure;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.mirrorhand.ui.AppContext;
import org.mirrorhand.ui.Screen;
import org.mirrorhand.ui.live.MirrorDisplay;

/**
 * "Measure my hand": the camera picture (no mirror trick) beside large instructions, then a table of each finger's
 * results. Space or Enter starts and retries; S skips the movements of a hand that cannot do them. JavaFX thread.
 */
public final class MeasureScreen implements Screen {

    private final MeasureViewModel model;
    private final HBox root = new HBox(24);
    private final MirrorDisplay display = new MirrorDisplay();
    private final Button start = new Button("Start");
    private final Button retry = new Button("Try again");
    private final VBox table = new VBox(10);

    public MeasureScreen(AppContext context, Runnable back) {
        model = new MeasureViewModel(context, System::currentTimeMillis);
        display.settingsProperty().set(model.view());
        display.setOnPulse(model::tick);
        display.setPrefWidth(720);
        HBox.setHgrow(display, Priority.ALWAYS);
        model.pipelineProperty().addListener((o, old, now) -> {
            if (now == null) {
                display.detach();
            } else {
                display.settingsProperty().set(model.view());
                display.attach(now);
            }
        });

        Label title = new Label("Measure my hand");
        title.getStyleClass().add("heading");
        Label instruction = new Label();
        instruction.textProperty().bind(model.instructionProperty());
        instruction.getStyleClass().add("prompt");
        instruction.setStyle("-fx-font-size: 26pt;");
        instruction.setMinHeight(Region.USE_PREF_SIZE);
        instruction.setWrapText(true);
        instruction.setId("measure-instruction");
        Label detail = new Label();
        detail.setId("measure-detail");
        detail.textProperty().bind(model.detailProperty());
        detail.setWrapText(true);
        Label summary = new Label();
        summary.textProperty().bind(model.summaryProperty());
        summary.setWrapText(true);
        summary.getStyleClass().add("heading");
        summary.setStyle("-fx-font-size: 22pt;");
        summary.setMinHeight(Region.USE_PREF_SIZE);

        start.setOnAction(e -> model.start());
        start.visibleProperty().bind(model.stageProperty().isEqualTo(MeasureViewModel.Stage.INTRO)
                .or(model.stageProperty().isEqualTo(MeasureViewModel.Stage.RESULTS))
                .or(model.stageProperty().isEqualTo(MeasureViewModel.Stage.PROBLEM)));
        start.managedProperty().bind(start.visibleProperty());
        model.stageProperty().addListener((o, old, now) -> {
            start.setText(now == MeasureViewModel.Stage.INTRO ? "Start" : "Measure again");
            if (start.isVisible()) {
                start.requestFocus();
            } else if (now == MeasureViewModel.Stage.RETRY) {
                retry.requestFocus();
            }
        });
        retry.setOnAction(e -> model.retry());
        retry.visibleProperty().bind(model.stageProperty().isEqualTo(MeasureViewModel.Stage.RETRY));
        retry.managedProperty().bind(retry.visibleProperty());
        Button backButton = new Button("Back to start");
        backButton.setId("measure-back");
        backButton.setOnAction(e -> {
            if (model.backRequested()) {
                back.run();
            }
        });

        table.setId("measure-results");
        model.resultsProperty().addListener((ListChangeListener<FingerResult>) c -> fillTable());

        VBox side = new VBox(18, title, instruction, detail, new HBox(16, start, retry, backButton), summary, table);
        side.setPrefWidth(760);
        side.setMinWidth(520);
        side.setAlignment(Pos.TOP_LEFT);
        root.getChildren().addAll(display, side);
        root.setPadding(new Insets(28));
        root.getStyleClass().add(org.mirrorhand.ui.Theme.SCOPE);
        // Keys act on what the person means, whatever has focus: Space and Enter never press "Back to start".
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case S -> {
                    if (model.stageProperty().get() == MeasureViewModel.Stage.REPS) {
                        model.skip();
                        e.consume();
                    }
                }
                case SPACE, ENTER -> {
                    if (backChosen(backButton)) {
                        return; // the person moved to "Back to start" on purpose, outside a measurement
                    }
                    model.proceed();
                    e.consume();
                }
                case ESCAPE -> {
                    if (model.backRequested()) {
                        back.run();
                    }
                    e.consume();
                }
                default -> { }
            }
        });
        // A button armed by a Space press would fire on release; presses are handled above, so releases do nothing.
        root.addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if ((e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.ENTER) && !backChosen(backButton)) {
                e.consume();
            }
        });
    }

    private boolean backChosen(Button backButton) {
        return backButton.isFocused() && !model.measuring();
    }

    /** One finger per row, in plain words at 18 pt, wrapped rather than cut off. */
    private void fillTable() {
        table.getChildren().clear();
        for (FingerResult r : model.resultsProperty()) {
            Label row = new Label(r.sentence());
            row.setWrapText(true);
            row.setStyle("-fx-font-size: 18pt;");
            row.setMinHeight(Region.USE_PREF_SIZE);
            table.getChildren().add(row);
        }
    }

    MeasureViewModel model() {
        return model;
    }

    /** The live picture, for tests. */
    public MirrorDisplay display() {
        return display;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void shown() {
        model.preview();
    }

    @Override
    public void hidden() {
        model.leave();
    }

    @Override
    public Node firstFocus() {
        return start;
    }
}
