package org.mirrorhand.ui.measure;

import javafx.scene.Node;
import javafx.scene.control.Label;
import org.mirrorhand.ui.AppContext;
import org.mirrorhand.ui.Screen;

/** Measure my hand (being built). JavaFX thread. */
public final class MeasureScreen implements Screen {
    private final Label label = new Label("Measure my hand");

    public MeasureScreen(AppContext context, Runnable back) {
    }

    @Override
    public Node view() {
        return label;
    }
}
