package org.mirrorhand.ui.imagery;

import javafx.scene.Parent;
import javafx.scene.control.Button;

/** Attaches the imagery stylesheet to a screen's root, so each screen looks right wherever the app mounts it. */
final class Styles {
    private static final String SHEET = Styles.class.getResource("imagery.css").toExternalForm();

    private Styles() {
    }

    static <T extends Parent> T apply(T root, String styleClass) {
        root.getStylesheets().add(SHEET);
        root.getStyleClass().add(styleClass);
        return root;
    }

    /** A large button that keyboard shortcuts drive, so it takes no focus (Space must never press the wrong one). */
    static Button button(String text, Runnable action, String... classes) {
        Button button = new Button(text);
        button.setFocusTraversable(false);
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);  // never shorten a label to "..."

        button.getStyleClass().addAll(classes);
        button.setOnAction(e -> action.run());
        return button;
    }
}
