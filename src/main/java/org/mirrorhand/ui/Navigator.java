package org.mirrorhand.ui;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.layout.StackPane;
import org.mirrorhand.ui.measure.MeasureScreen;
import org.mirrorhand.ui.settings.SettingsScreen;
import org.mirrorhand.ui.start.StartScreen;
import org.mirrorhand.ui.therapy.TherapyScreen;

/**
 * Swaps screens in the window. Screens are built on first visit and kept; the one being left is told first so it can
 * stop its camera and save. Escape on any screen but Start comes back to Start (screens handle Escape first when they
 * need it, e.g. to stop a session). JavaFX thread only.
 */
public final class Navigator {

    private final AppContext context;
    private final StackPane root = new StackPane();
    private final Map<ScreenId, Screen> built = new EnumMap<>(ScreenId.class);
    private ScreenId current;

    public Navigator(AppContext context) {
        this.context = context;
        root.getStyleClass().add("app-root");
    }

    public StackPane root() {
        return root;
    }

    public ScreenId current() {
        return current;
    }

    public Screen screen(ScreenId id) {
        return built.computeIfAbsent(id, this::build);
    }

    public void show(ScreenId id) {
        if (current != null) {
            screen(current).hidden();
        }
        Screen next = screen(id);
        current = id;
        root.getChildren().setAll(next.view());
        next.shown();
        next.firstFocus().requestFocus();
    }

    /** Leaves the current screen for Start (the Escape key). */
    public void back() {
        if (current != ScreenId.START) {
            show(ScreenId.START);
        }
    }

    /** The window is closing: the current screen stops anything live and saves; safe to call twice. */
    public void leave() {
        if (current != null) {
            screen(current).hidden();
        }
    }

    private Screen build(ScreenId id) {
        return switch (id) {
            case START -> new StartScreen(context, this::show);
            case THERAPY -> new TherapyScreen(context, this::back);
            case MEASURE -> new MeasureScreen(context, this::back);
            case SETTINGS -> new SettingsScreen(context, this::back);
            case IMAGERY, PROGRESS -> context.extraScreen(id).map(f -> f.apply(context, this::back))
                    .orElseGet(() -> new MissingScreen(id, this::back));
        };
    }


}
