package org.mirrorhand.pose;

/**
 * When video mode runs palm detection. MediaPipe's graph runs it on every frame that tracks fewer than the maximum
 * number of hands; with one hand in view and two wanted that is every frame, and palm detection costs twice the
 * landmark model. Here, while at least one hand is tracked, palm detection for the missing hand runs at most once in
 * each window of frame time (windows of the interval, counted from time 0: timestamps, never the wall clock, so a replay
 * schedules exactly as the live run); with no hand tracked it runs on every frame, so a lost hand is searched for at
 * once. Fixed windows, rather than an interval from the last run, let another thread know ahead of time which frames
 * will want palm detection ({@link PalmsAhead}). An interval of 0 is MediaPipe's rule. Belongs to one estimator and its
 * inference thread.
 */
final class PalmSchedule {

    private final double intervalMs;
    private double lastRunMs = Double.NEGATIVE_INFINITY;

    /** @param intervalMs at least 0, as {@link PoseOptions} checks */
    PalmSchedule(double intervalMs) {
        this.intervalMs = intervalMs;
    }

    /**
     * Whether the frame at this time runs palm detection, recording it when it does.
     *
     * @param tracked hands carried over from the previous frame's landmarks
     */
    boolean runAt(double timestampMs, int tracked, int maxHands) {
        return runAt(timestampMs, tracked, tracked, maxHands);
    }

    /**
     * As above, when some tracked hands are not the ones wanted (the other hand while one hand is looked for by its
     * label): they do not fill a place, but while one is tracked the search waits for the next window, as for a second
     * hand.
     *
     * @param wanted  tracked hands that are the ones wanted
     * @param tracked all tracked hands
     */
    boolean runAt(double timestampMs, int wanted, int tracked, int maxHands) {
        boolean run = wanted < maxHands && (tracked == 0 || laterWindow(lastRunMs, timestampMs, intervalMs));
        if (run) {
            lastRunMs = timestampMs;
        }
        return run;
    }

    /** Whether {@code laterMs} falls in a later window than {@code earlierMs}: the first frame of each window is one. */
    static boolean laterWindow(double earlierMs, double laterMs, double intervalMs) {
        return intervalMs == 0 || earlierMs == Double.NEGATIVE_INFINITY
                || Math.floor(laterMs / intervalMs) > Math.floor(earlierMs / intervalMs);
    }
}
