package org.mirrorhand.ui.imagery;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The prompt after a listening: minutes listened and five large buttons for how vivid it felt. Keys 1–5 rate, Enter
 * or Escape finish without rating. JavaFX thread; {@link #root()} can be mounted anywhere.
 */
public final class AfterSessionView {
    private final AfterSessionViewModel model;
    private final VBox root = Styles.apply(new VBox(28), "imagery");

    private static final String[] WORDS = {"barely", "a little", "somewhat", "clearly", "very vivid"};

    public AfterSessionView(AfterSessionViewModel model) {
        this.model = model;
        root.setPadding(new Insets(48));
        root.setAlignment(Pos.CENTER_LEFT);

        Label summary = new Label(model.summary());
        summary.getStyleClass().add("title");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        Label question = new Label("How clearly could you feel the movement? Tap a number, or skip.");
        question.getStyleClass().add("words");
        question.setWrapText(true);
        question.setMinHeight(Region.USE_PREF_SIZE);

        HBox ratings = new HBox(18);
        for (int i = 1; i <= 5; i++) {
            int rating = i;
            Button button = Styles.button(i + "\n" + WORDS[i - 1], () -> model.rate(rating), "huge", "rating");
            button.setMinWidth(212);
            button.disableProperty().bind(model.stateProperty().isEqualTo(AfterSessionViewModel.State.SAVING)
                    .or(model.stateProperty().isEqualTo(AfterSessionViewModel.State.SAVED)));
            ratings.getChildren().add(button);
        }
        Button skip = Styles.button("", model::done, "primary");
        skip.textProperty().bind(javafx.beans.binding.Bindings.when(
                model.stateProperty().isEqualTo(AfterSessionViewModel.State.FAILED))
                .then("Try again  (Enter)").otherwise("Done without rating  (Enter)"));
        Label message = new Label();
        message.getStyleClass().add("message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.stateProperty().isEqualTo(AfterSessionViewModel.State.FAILED));
        message.managedProperty().bind(message.visibleProperty());
        Label hint = new Label("Keys: 1 to 5 rate · Enter or Esc done");
        hint.getStyleClass().add("hint");

        root.getChildren().addAll(summary, question, ratings, skip, message, hint);
        root.setFocusTraversable(true);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                root.requestFocus();
            }
        });
    }

    public Parent root() {
        return root;
    }

    private void onKey(KeyEvent event) {
        switch (event.getCode()) {
            case DIGIT1, NUMPAD1 -> model.rate(1);
            case DIGIT2, NUMPAD2 -> model.rate(2);
            case DIGIT3, NUMPAD3 -> model.rate(3);
            case DIGIT4, NUMPAD4 -> model.rate(4);
            case DIGIT5, NUMPAD5 -> model.rate(5);
            case ENTER, ESCAPE, SPACE -> model.done();
            default -> {
                return;
            }
        }
        event.consume();
    }
}
