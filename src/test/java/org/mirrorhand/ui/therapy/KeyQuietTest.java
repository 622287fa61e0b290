package org.mirrorhand.ui.therapy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Test;

class KeyQuietTest {

    private final AtomicLong now = new AtomicLong(50_000);
    private final KeyQuiet quiet = new KeyQuiet(now::get);

    private static KeyEvent key(javafx.event.EventType<KeyEvent> type, KeyCode code) {
        return new KeyEvent(type, type == KeyEvent.KEY_TYPED ? " " : "", "", type == KeyEvent.KEY_TYPED
                ? KeyCode.UNDEFINED : code, false, false, false, false);
    }

    /** True when the screen's controls would see the event. */
    private boolean passes(javafx.event.EventType<KeyEvent> type, KeyCode code) {
        KeyEvent e = key(type, code);
        quiet.handle(e);
        return !e.isConsumed();
    }

    @Test
    void keysPassBeforeTheScreenEverAppeared() {
        assertTrue(passes(KeyEvent.KEY_PRESSED, KeyCode.SPACE));
        assertFalse(quiet.ignoring());
    }

    @Test
    void aSpacePressedJustAsTheScreenAppearsPressesNothing() {
        quiet.begin();
        now.addAndGet(300);
        assertFalse(passes(KeyEvent.KEY_PRESSED, KeyCode.SPACE));
        assertFalse(passes(KeyEvent.KEY_TYPED, KeyCode.SPACE));
        assertFalse(passes(KeyEvent.KEY_RELEASED, KeyCode.SPACE));
    }

    @Test
    void aKeyHeldFromTheQuietMomentStaysIgnoredUntilLetGo() {
        quiet.begin();
        now.addAndGet(200);
        assertFalse(passes(KeyEvent.KEY_PRESSED, KeyCode.SPACE));
        now.addAndGet(KeyQuiet.QUIET_MS); // the key repeats while held, long after the moment
        assertFalse(passes(KeyEvent.KEY_PRESSED, KeyCode.SPACE), "auto-repeat of the held key");
        assertTrue(quiet.ignoring());
        assertFalse(passes(KeyEvent.KEY_RELEASED, KeyCode.SPACE), "its release arms nothing either");
        assertFalse(quiet.ignoring());
        assertTrue(passes(KeyEvent.KEY_PRESSED, KeyCode.SPACE), "a fresh press afterwards works");
        assertTrue(passes(KeyEvent.KEY_RELEASED, KeyCode.SPACE));
    }

    @Test
    void afterTheQuietMomentKeysWorkAgain() {
        quiet.begin();
        now.addAndGet(KeyQuiet.QUIET_MS - 1);
        assertTrue(quiet.ignoring());
        now.addAndGet(1);
        assertFalse(quiet.ignoring());
        assertTrue(passes(KeyEvent.KEY_PRESSED, KeyCode.ENTER));
        assertTrue(passes(KeyEvent.KEY_RELEASED, KeyCode.ENTER));
    }
}
