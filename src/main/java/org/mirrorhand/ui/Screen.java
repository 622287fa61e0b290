package org.mirrorhand.ui;

import javafx.scene.Node;

/** One screen: its view, told when it is shown and hidden (to start and stop cameras and timers). JavaFX thread. */
public interface Screen {

    Node view();

    default void shown() {
    }

    /** Called before another screen replaces this one; stop anything live and save. */
    default void hidden() {
    }

    /** A screen made by another feature: its view, and what to do each time it appears. */
    static Screen of(Node view, Runnable onShown) {
        return new Screen() {
            @Override
            public Node view() {
                return view;
            }

            @Override
            public void shown() {
                onShown.run();
            }
        };
    }

    /** The control that gets keyboard focus when the screen appears. */
    default Node firstFocus() {
        return view();
    }
}
