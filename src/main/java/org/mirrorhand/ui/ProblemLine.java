package org.mirrorhand.ui;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * One plain line along the bottom of the window for a problem the app could not handle where it happened (an
 * uncaught exception): it stays until the next one replaces it, over whatever screen is showing, and never takes the
 * keyboard focus. {@link #show} may be called from any thread.
 */
public final class ProblemLine {
    private final Label label = new Label();

    private ProblemLine() {
        label.getStyleClass().add("error-banner");
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMouseTransparent(true);
        label.setFocusTraversable(false);
        label.setAccessibleRole(AccessibleRole.TEXT);
        label.setVisible(false);
    }

    /** Puts the line over the scene's content (the scene's root moves into a stack with it). JavaFX thread. */
    public static ProblemLine attach(Scene scene) {
        ProblemLine line = new ProblemLine();
        Parent content = scene.getRoot();
        scene.setRoot(new StackPane()); // a node cannot be a scene's root and a child at once
        // The theme's rules apply under its scope class, as on every screen of this package.
        StackPane scoped = new StackPane(line.label);
        scoped.getStyleClass().add(Theme.SCOPE);
        scoped.setMouseTransparent(true);
        scoped.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane stack = new StackPane(content, scoped);
        StackPane.setAlignment(scoped, Pos.BOTTOM_CENTER);
        scene.setRoot(stack);
        return line;
    }

    public void show(String text) {
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(() -> show(text));
            return;
        }
        label.setText(text);
        label.setVisible(true);
    }

    String text() {
        return label.isVisible() ? label.getText() : "";
    }
}
