package org.mirrorhand.ui.therapy;

import java.util.EnumMap;
import java.util.Map;

/**
 * What the one message band at the edge of the live screen says: one message at a time, the most important first
 * (storage, then camera and hand, then sound, then hints). Each message stays long enough to be read (longer for longer words),
 * then fades and makes way for the next; a held message (the pause) stays until it is cleared; a key's answer (the
 * mirror's name after M) shows at once for its own short time. Pure, on the time it is given; JavaFX thread.
 */
final class MessageBand {

    /**
     * Kinds of message, most important first: saving, the camera or tracking, a lagging picture, the hand (the pause,
     * the wrong hand), sound, hints. Each kind holds one message, so one condition clearing leaves the others alone.
     */
    enum Kind { STORAGE, CAMERA, PICTURE, HAND, SOUND, HINT }

    /** A message on screen and how visible it is (1 = fully, falling to 0 as it fades). */
    record Shown(String text, double opacity) {
        static final Shown NONE = new Shown("", 0);
    }

    static final long FADE_MS = 800;
    private static final long BASE_READ_MS = 3000;
    /** Slow readers and people with aphasia: about 12 characters a second. */
    private static final long MS_PER_CHAR = 80;
    private static final long MAX_READ_MS = 15_000;

    private static final class Entry {
        final String text;
        final boolean held;
        long shownSinceMs = -1;
        boolean read;

        Entry(String text, boolean held) {
            this.text = text;
            this.held = held;
        }
    }

    private final Map<Kind, Entry> entries = new EnumMap<>(Kind.class);
    private String echo = "";
    private long echoUntilMs;
    private Entry showing;

    /** How long a text stays before it fades: long enough to read slowly. */
    static long readMs(String text) {
        return Math.min(MAX_READ_MS, BASE_READ_MS + MS_PER_CHAR * text.length());
    }

    /**
     * Says something of this kind. Posting again while the condition lasts changes nothing but the words (so conditions
     * can be posted every pulse, and a figure in them can change without showing the message again); after
     * {@link #clear} it is new.
     */
    void post(Kind kind, String text) {
        put(kind, text, false);
    }

    /** Says something that stays until {@link #clear}ed (the session is paused). */
    void hold(Kind kind, String text) {
        put(kind, text, true);
    }

    private void put(Kind kind, String text, boolean held) {
        if (text == null || text.isEmpty()) {
            clear(kind);
            return;
        }
        Entry old = entries.get(kind);
        if (old == null || old.held != held) {
            entries.put(kind, new Entry(text, held));
        } else if (!old.text.equals(text)) {
            // The same condition with new details (a lag figure): the words change, but it is not shown again.
            Entry updated = new Entry(text, held);
            updated.shownSinceMs = old.shownSinceMs;
            updated.read = old.read;
            entries.put(kind, updated);
            if (showing == old) {
                showing = updated;
            }
        }
    }

    /** The condition is over; the same words later will be shown again. */
    void clear(Kind kind) {
        entries.remove(kind);
    }

    /** A key's answer, shown at once for {@code forMs}, over everything else. */
    void echo(String text, long nowMs, long forMs) {
        echo = text;
        echoUntilMs = nowMs + forMs;
    }

    /** What the band shows now. */
    Shown current(long nowMs) {
        if (!echo.isEmpty() && nowMs < echoUntilMs) {
            return new Shown(echo, 1);
        }
        for (Kind k : Kind.values()) {
            Entry e = entries.get(k);
            if (e == null || e.read) {
                continue;
            }
            if (showing != e) {
                showing = e;
                e.shownSinceMs = nowMs;
            }
            if (e.held) {
                return new Shown(e.text, 1);
            }
            long age = nowMs - e.shownSinceMs;
            long read = readMs(e.text);
            if (age < read) {
                return new Shown(e.text, 1);
            }
            if (age < read + FADE_MS) {
                return new Shown(e.text, 1 - (double) (age - read) / FADE_MS);
            }
            e.read = true;
        }
        showing = null;
        return Shown.NONE;
    }
}
