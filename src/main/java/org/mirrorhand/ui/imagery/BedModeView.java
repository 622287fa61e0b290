package org.mirrorhand.ui.imagery;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;

/**
 * Bed mode: a near-black screen with dim warm text and one huge play/pause target. Any key or click toggles pause,
 * except Escape (leave) and T (sleep timer). No camera. JavaFX thread; {@link #root()} can be mounted anywhere.
 */
public final class BedModeView {
    static final double TARGET_SIZE = 340;

    private final BedModeViewModel model;
    private final StackPane root = Styles.apply(new StackPane(), "bed");

    public BedModeView(BedModeViewModel model) {
        this.model = model;
        PlayerViewModel player = model.player();
        player.setMoveOnWhenFinished(false);

        Label title = new Label(player.script().title());
        title.getStyleClass().add("bed-hint");
        Label words = new Label();
        words.getStyleClass().add("bed-words");
        words.setWrapText(true);
        words.setTextAlignment(TextAlignment.CENTER);
        words.setAlignment(Pos.CENTER);
        words.setMaxWidth(900);
        words.setMinHeight(Region.USE_PREF_SIZE);
        words.textProperty().bind(Bindings.createStringBinding(() -> player.quietProperty().get().isEmpty()
                ? player.wordsProperty().get() : player.quietProperty().get(),
                player.wordsProperty(), player.quietProperty()));

        Label symbol = new Label();
        symbol.getStyleClass().add("bed-target-label");
        symbol.textProperty().bind(Bindings.createStringBinding(
                () -> player.stateProperty().get() == PlayerViewModel.State.PLAYING ? "❚❚" : "▶",
                player.stateProperty()));
        StackPane target = new StackPane(symbol);
        target.getStyleClass().add("bed-target");
        target.setMinSize(TARGET_SIZE, TARGET_SIZE);
        target.setMaxSize(TARGET_SIZE, TARGET_SIZE);
        target.setId("bed-target");

        Label status = new Label();
        status.getStyleClass().add("bed-hint");
        status.setWrapText(true);
        status.setTextAlignment(TextAlignment.CENTER);
        status.setAlignment(Pos.CENTER);
        status.setMaxWidth(900);
        status.textProperty().bind(model.statusProperty());

        Button timer = Styles.button("", model::cycleSleepTimer);
        timer.textProperty().bind(model.timerLabelProperty());
        Button leave = Styles.button("Leave (Esc)", model::leave);
        Label keys = new Label("Any key or tap: play / pause · T: sleep timer");
        keys.getStyleClass().add("bed-hint");
        HBox bottom = new HBox(24, timer, keys, leave);
        bottom.setAlignment(Pos.CENTER);

        VBox column = new VBox(28, title, target, words, status, bottom);
        column.setAlignment(Pos.CENTER);
        column.setPadding(new Insets(30));
        // Dimming is done by the stylesheet, colour by colour, so no text fades below AA contrast (an opacity would).
        model.dimmedProperty().addListener((obs, was, dimmed) -> {
            if (dimmed) {
                root.getStyleClass().add("dimmed");
            } else {
                root.getStyleClass().remove("dimmed");
            }
        });
        root.getChildren().add(column);

        root.setFocusTraversable(true);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        root.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (!insideButton(e.getTarget())) {
                model.toggle();
            }
        });
        OnScreenPulse.attach(root, model::tick, model.player()::suspend);
    }

    public Parent root() {
        return root;
    }

    private void onKey(KeyEvent event) {
        if (event.getCode().isModifierKey()) {
            return;
        }
        if (event.getCode() == KeyCode.ESCAPE) {
            model.leave();
        } else if (event.getCode() == KeyCode.T) {
            model.cycleSleepTimer();
        } else {
            model.toggle();
        }
        event.consume();
    }

    private static boolean insideButton(Object target) {
        for (Node node = target instanceof Node n ? n : null; node != null; node = node.getParent()) {
            if (node instanceof Button) {
                return true;
            }
        }
        return false;
    }
}
