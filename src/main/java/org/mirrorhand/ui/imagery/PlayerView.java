package org.mirrorhand.ui.imagery;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The player screen: the words being spoken, quiet-time countdown, elapsed and remaining time, and large controls.
 * Keyboard: Space or Enter play/pause, Left/Right previous/next part, Up/Down volume, Escape leave. Built and used on
 * the JavaFX thread; {@link #root()} can be mounted anywhere.
 */
public final class PlayerView {
    private final PlayerViewModel model;
    private final BorderPane root = Styles.apply(new BorderPane(), "imagery");

    public PlayerView(PlayerViewModel model) {
        this.model = model;
        root.setPadding(new Insets(24, 36, 24, 36));
        root.setTop(header());
        root.setCenter(centre());
        root.setBottom(controls());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        root.setFocusTraversable(true);
        OnScreenPulse.attach(root, model::tick, model::suspend);
    }

    public Parent root() {
        return root;
    }

    private Parent header() {
        Button back = Styles.button("Stop  (Esc)", model::leave);
        Label title = new Label(model.script().title());
        title.getStyleClass().add("title");
        Label part = new Label();
        part.getStyleClass().add("subtitle");
        part.textProperty().bind(model.partProperty());
        VBox titles = new VBox(4, title, part);
        Button quieter = Styles.button("−", model::volumeDown);
        Button louder = Styles.button("+", model::volumeUp);
        quieter.setMinWidth(80);
        louder.setMinWidth(80);
        Label volume = new Label();
        volume.getStyleClass().add("time");
        volume.setMinWidth(Region.USE_PREF_SIZE);
        volume.textProperty().bind(Bindings.format("Volume %.0f%%", model.volumeProperty().multiply(100)));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(24, back, titles, gap, quieter, volume, louder);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(0, 0, 16, 0));
        return header;
    }

    private Parent centre() {
        Label cue = new Label();
        cue.getStyleClass().add("cue");
        cue.textProperty().bind(model.cueProperty());
        Label words = new Label();
        words.getStyleClass().add("words");
        words.setWrapText(true);
        words.setMaxWidth(1000);
        words.setMinHeight(Region.USE_PREF_SIZE);
        words.textProperty().bind(model.wordsProperty());
        Label quiet = new Label();
        quiet.getStyleClass().add("quiet");
        quiet.textProperty().bind(model.quietProperty());
        Label message = new Label();
        message.getStyleClass().add("message");
        message.setWrapText(true);
        message.setMaxWidth(1000);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        Button startOver = Styles.button("Start from the beginning instead", model::startOver);
        startOver.visibleProperty().bind(model.stateProperty().isEqualTo(PlayerViewModel.State.READY)
                .and(model.startLabelProperty().isNotEqualTo("Play")));
        startOver.managedProperty().bind(startOver.visibleProperty());
        VBox centre = new VBox(18, cue, words, quiet, startOver, message);
        centre.setAlignment(Pos.CENTER_LEFT);
        centre.setPadding(new Insets(12, 0, 12, 0));
        return centre;
    }

    private Parent controls() {
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        Label elapsed = new Label();
        elapsed.getStyleClass().add("time");
        elapsed.textProperty().bind(model.elapsedProperty());
        Label remaining = new Label();
        remaining.getStyleClass().add("time");
        remaining.textProperty().bind(model.remainingProperty());
        HBox times = new HBox(18, elapsed, progress, remaining);
        times.setAlignment(Pos.CENTER);

        Button previous = Styles.button("◀◀  Previous", model::skipBack);
        Button play = Styles.button("", model::togglePause, "primary", "huge");
        play.textProperty().bind(Bindings.createStringBinding(() -> switch (model.stateProperty().get()) {
            case READY -> "▶  " + model.startLabelProperty().get();
            case PLAYING -> "❚❚  Pause";
            case PAUSED -> "▶  Resume";
            case FINISHED -> "Finished";
            case PREPARING -> "Getting ready…";
            case FAILED -> "Cannot play";
        }, model.stateProperty(), model.startLabelProperty()));
        play.disableProperty().bind(Bindings.createBooleanBinding(() -> switch (model.stateProperty().get()) {
            case READY, PLAYING, PAUSED -> false;
            default -> true;
        }, model.stateProperty()));
        Button next = Styles.button("Next  ▶▶", model::skipForward);
        var notStarted = Bindings.createBooleanBinding(() -> switch (model.stateProperty().get()) {
            case PLAYING, PAUSED -> false;
            default -> true;
        }, model.stateProperty());
        previous.disableProperty().bind(notStarted);
        next.disableProperty().bind(notStarted);
        HBox buttons = new HBox(18, previous, play, next);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label("Keys: Space or Enter play/pause · ← → previous/next part · ↑ ↓ volume · Esc stop");
        hint.getStyleClass().add("hint");
        VBox bottom = new VBox(16, times, buttons, hint);
        bottom.setPadding(new Insets(12, 0, 0, 0));
        return bottom;
    }

    private void onKey(KeyEvent event) {
        switch (event.getCode()) {
            case SPACE, ENTER -> model.togglePause();
            case LEFT -> model.skipBack();
            case RIGHT -> model.skipForward();
            case UP -> model.volumeUp();
            case DOWN -> model.volumeDown();
            case ESCAPE -> model.leave();
            default -> {
                return;
            }
        }
        event.consume();
    }
}
