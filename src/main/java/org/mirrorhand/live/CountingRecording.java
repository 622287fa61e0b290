package org.mirrorhand.live;

import java.util.List;
import org.mirrorhand.metrics.HandSummary;
import org.mirrorhand.metrics.HandUpdate;
import org.mirrorhand.metrics.SessionAnalyser;
import org.mirrorhand.metrics.SessionSummary;
import org.mirrorhand.pose.HandPose;

/**
 * Counts extension reps live with the hand metrics, on frame time. The count shown is the most any hand made: in mirror
 * therapy the affected hand is hidden, so the hand in view is the working one. Fed on the inference thread; the count is
 * read from any thread. Stores nothing: the session store's recorder wraps or replaces this.
 */
public final class CountingRecording implements LiveRecording {

    private final SessionAnalyser analyser = new SessionAnalyser();
    private volatile int reps;

    @Override
    public void onPose(double timestampMs, List<HandPose> hands) {
        int most = reps;
        for (HandUpdate u : analyser.accept(timestampMs, hands)) {
            most = Math.max(most, u.repCount());
        }
        reps = most;
    }

    @Override
    public int reps() {
        return reps;
    }

    /** Per-hand results so far; call from the inference thread or after it stopped. */
    public SessionSummary summary() {
        return analyser.summary();
    }

    /** Reps per hand so far, in order of first appearance (after the inference thread stopped). */
    public List<Integer> repsPerHand() {
        return analyser.summary().hands().stream().map(HandSummary::repCount).toList();
    }

    @Override
    public void finish() {
    }
}
