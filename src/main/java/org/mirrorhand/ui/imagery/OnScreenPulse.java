package org.mirrorhand.ui.imagery;

import javafx.animation.AnimationTimer;
import javafx.scene.Parent;

/**
 * Ticks a view model on every JavaFX pulse while its view is on screen, and tells it when the view leaves the screen,
 * so a screen the app navigated away from costs nothing and its playback pauses. Called on the JavaFX thread.
 */
final class OnScreenPulse {
    private OnScreenPulse() {
    }

    static void attach(Parent root, Runnable tick, Runnable onLeave) {
        AnimationTimer pulse = new AnimationTimer() {
            @Override
            public void handle(long now) {
                tick.run();
            }
        };
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                pulse.stop();
                onLeave.run();
            } else {
                pulse.start();
                root.requestFocus();
            }
        });
    }
}
