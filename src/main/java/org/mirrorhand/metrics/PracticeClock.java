package org.mirrorhand.metrics;

/**
 * Practice time on frame time, counting only the time a hand is in view, and the hands-free pause: when no hand has been
 * seen for {@link #PAUSE_AFTER_MS} the session is paused (its time stops) and it goes on by itself when a hand returns.
 * A shorter gap (a quick fist the tracker loses for a moment) still counts as practice once the hand is back. Frame
 * gaps longer than {@link #MAX_STEP_MS} (a stalled camera) are not counted. Fed by one thread; not thread-safe.
 */
public final class PracticeClock {

    /** How long without a hand before the session pauses by itself. */
    public static final double PAUSE_AFTER_MS = 3000;
    /** A step between frames longer than this is a stall, not practice. */
    static final double MAX_STEP_MS = 1000;

    private final double pauseAfterMs;
    private double lastMs = Double.NaN;
    private double practisedMs;
    /** Time since the hand was last seen, not yet counted: it counts if the hand is back before the pause. */
    private double absentMs;
    private boolean paused;

    public PracticeClock() {
        this(PAUSE_AFTER_MS);
    }

    PracticeClock(double pauseAfterMs) {
        this.pauseAfterMs = pauseAfterMs;
    }

    /**
     * Adds one frame.
     *
     * @param handSeen whether any hand was found in it
     */
    public void accept(double timestampMs, boolean handSeen) {
        double step = Double.isNaN(lastMs) ? 0 : Math.max(0, Math.min(MAX_STEP_MS, timestampMs - lastMs));
        lastMs = timestampMs;
        if (handSeen) {
            if (!paused) {
                practisedMs += absentMs + step;
            }
            absentMs = 0;
            paused = false;
            return;
        }
        if (paused) {
            return;
        }
        absentMs += step;
        if (absentMs >= pauseAfterMs) {
            paused = true;
            absentMs = 0;
        }
    }

    /** True while the session waits for a hand to come back. */
    public boolean paused() {
        return paused;
    }

    /** Hands-in-view practice time so far; it stands still while the hand is away. */
    public long practisedMs() {
        return Math.round(practisedMs);
    }
}
