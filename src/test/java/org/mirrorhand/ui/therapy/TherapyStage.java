package org.mirrorhand.ui.therapy;

import static org.mirrorhand.ui.FxTesting.onFx;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.mirrorhand.imagery.AudioOutput;
import org.mirrorhand.imagery.JavaFxAudioOutput;
import org.mirrorhand.ui.AppContext;
import org.mirrorhand.ui.Theme;

/**
 * The real therapy screen alone in a real JavaFX window of a chosen size, styled as in the app, for the therapy screen's
 * tests and journeys: shown, its first choice focused, and closed (screen hidden, window shut); {@code backs} counts
 * the times it asked to go back to the start. Test thread; it hops onto
 * the JavaFX thread itself.
 */
public record TherapyStage(Stage stage, Scene scene, TherapyScreen screen, AtomicInteger backs)
        implements AutoCloseable {

    /** Shows the screen for {@code context} at {@code width} × {@code height}, with the app's own sound output. */
    public static TherapyStage show(AppContext context, int width, int height) throws Exception {
        return show(context, JavaFxAudioOutput::new, width, height);
    }

    /** As {@link #show(AppContext, int, int)}, with the prompts played on {@code sound}. */
    static TherapyStage show(AppContext context, Supplier<AudioOutput> sound, int width, int height) throws Exception {
        return onFx(() -> {
            AtomicInteger backs = new AtomicInteger();
            TherapyScreen screen = new TherapyScreen(context, backs::incrementAndGet, sound);
            // Inside a StackPane, as the app's Navigator holds each screen: one that honours the screen's minimum size.
            Scene scene = new Scene(new StackPane(screen.view()), width, height);
            scene.getStylesheets().add(Theme.stylesheet());
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            screen.shown();
            screen.firstFocus().requestFocus();
            return new TherapyStage(stage, scene, screen, backs);
        });
    }

    public Node find(String id) {
        return scene.lookup(id);
    }

    /** A label's text; on the JavaFX thread. */
    public String label(String id) {
        return ((Label) scene.lookup(id)).getText();
    }

    /** A label's text, from the test thread. */
    public String text(String id) throws Exception {
        return onFx(() -> label(id));
    }

    /** Presses and releases a key on whatever has the focus, as a keyboard does. */
    public void key(KeyCode code) throws Exception {
        onFx(() -> {
            Node focus = scene.getFocusOwner() == null ? scene.getRoot() : scene.getFocusOwner();
            Event.fireEvent(focus, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
            Event.fireEvent(focus, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", code, false, false, false, false));
        });
    }

    @Override
    public void close() throws Exception {
        onFx(() -> {
            screen.hidden();
            stage.close();
        });
    }
}
