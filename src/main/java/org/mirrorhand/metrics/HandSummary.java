package org.mirrorhand.metrics;

import java.util.List;

/**
 * What one hand did in a session.
 *
 * @param hand       1-based identity of the hand within the session (stable across frames)
 * @param handedness MediaPipe's label ("Left"/"Right") most often given to this hand, weighted by its score
 * @param repCount   extension reps counted
 * @param reps       each rep's timing, peak opening and per-finger peak extension
 * @param rom        range of motion and the share of frames that passed the quality flag
 */
public record HandSummary(int hand, String handedness, int repCount, List<Rep> reps, RangeOfMotion rom) {
}
