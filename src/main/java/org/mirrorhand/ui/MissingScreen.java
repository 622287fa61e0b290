package org.mirrorhand.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Stands in for a screen another part of the program provides when this build does not include it. JavaFX thread. */
final class MissingScreen implements Screen {

    private final VBox box = new VBox(24);
    private final Button back = new Button("Back to start");

    MissingScreen(ScreenId id, Runnable goBack) {
        Label title = new Label(id.title());
        title.getStyleClass().add("heading");
        Label text = new Label(id.title() + " is not part of this version of MirrorHand yet.");
        text.setWrapText(true);
        back.setOnAction(e -> goBack.run());
        box.getChildren().addAll(title, text, back);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(48));
        box.getStyleClass().add(Theme.SCOPE);
    }

    @Override
    public Node view() {
        return box;
    }

    @Override
    public Node firstFocus() {
        return back;
    }
}
