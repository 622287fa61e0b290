package org.mirrorhand.ui.therapy;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.LongSupplier;
import javafx.event.EventHandler;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Keeps a screen's buttons from being pressed by a key meant for the screen before it: for {@link #QUIET_MS} after
 * {@link #begin} every key is ignored, and a key first pressed in that moment stays ignored, held or auto-repeating,
 * until it is let go. So a Space pressed to stop just as the video ends cannot also press "Back to start". An event
 * filter on the screen's root; JavaFX thread.
 */
final class KeyQuiet implements EventHandler<KeyEvent> {

    /** Long enough for a stop key pressed at the last moment, short enough not to be noticed. */
    static final long QUIET_MS = 1000;

    private final LongSupplier clockMs;
    private final Set<KeyCode> held = EnumSet.noneOf(KeyCode.class);
    private long quietUntilMs = Long.MIN_VALUE;

    KeyQuiet(LongSupplier clockMs) {
        this.clockMs = clockMs;
    }

    /** The screen has just appeared. */
    void begin() {
        quietUntilMs = clockMs.getAsLong() + QUIET_MS;
        held.clear();
    }

    /** True while keys are ignored: the quiet moment, or a key from it still held down. */
    boolean ignoring() {
        return clockMs.getAsLong() < quietUntilMs || !held.isEmpty();
    }

    @Override
    public void handle(KeyEvent e) {
        boolean quiet = clockMs.getAsLong() < quietUntilMs;
        if (e.getEventType() == KeyEvent.KEY_PRESSED) {
            if (quiet || held.contains(e.getCode())) {
                held.add(e.getCode());
                e.consume();
            }
        } else if (e.getEventType() == KeyEvent.KEY_RELEASED) {
            if (held.remove(e.getCode()) || quiet) {
                e.consume();
            }
        } else if (quiet || !held.isEmpty()) {
            e.consume(); // the typed character of an ignored key
        }
    }
}
