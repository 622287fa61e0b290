package org.mirrorhand.ui.imagery;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** Sends key presses to whatever has the focus, as a keyboard would. JavaFX thread. */
final class Keys {
    private Keys() {
    }

    static void press(Scene scene, KeyCode code) {
        press(scene, code, false);
    }

    static void press(Scene scene, KeyCode code, boolean shortcut) {
        Node target = scene.getFocusOwner() == null ? scene.getRoot() : scene.getFocusOwner();
        KeyEvent.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, shortcut, false,
                shortcut));
    }

    static void pressWithAlt(Scene scene, KeyCode code) {
        Node target = scene.getFocusOwner() == null ? scene.getRoot() : scene.getFocusOwner();
        KeyEvent.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, true, false));
    }
}
