package org.mirrorhand.metrics;

import java.util.EnumSet;
import java.util.Set;

/**
 * Judges "too fast to trust" from one tracked hand's previous frame. Speeds are per second of frame time, so a
 * time-lapse at 5 frames a second, where a whole opening happens between two frames, is judged by the movement it
 * implies (a 90 degree opening in 200 ms is 450 degrees a second, within human speed), not by the per-frame change.
 * Frames further apart than {@link QualityLimits#maxSpeedGapMs()} are not compared. One instance per tracked hand,
 * called on the thread that feeds poses.
 */
public final class MotionCheck {

    private final QualityLimits limits;
    private HandMeasurement previous;
    private double previousMs;

    public MotionCheck(QualityLimits limits) {
        this.limits = limits;
    }

    /** The measurement, failed with {@link QualityIssue#TOO_FAST} when it moved faster than the limits allow. */
    public HandMeasurement check(double timestampMs, HandMeasurement current) {
        HandMeasurement before = previous;
        double dtMs = timestampMs - previousMs;
        previous = current;
        previousMs = timestampMs;
        if (before == null || dtMs <= 0 || dtMs > limits.maxSpeedGapMs()) {
            return current;
        }
        double seconds = dtMs / 1000;
        Set<QualityIssue> why = EnumSet.noneOf(QualityIssue.class);
        for (Joint j : Joint.values()) {
            double change = Math.abs(current.rawFlexion().get(j) - before.rawFlexion().get(j));
            if (change / seconds > limits.maxJointSpeedDegPerSecond()) {
                why.add(QualityIssue.TOO_FAST);
            }
        }
        double size = Math.max(current.palmSizeInImage(), before.palmSizeInImage());
        if (size > 0) {
            double dx = current.palmCentre()[0] - before.palmCentre()[0];
            double dy = current.palmCentre()[1] - before.palmCentre()[1];
            if (Math.hypot(dx, dy) / size / seconds > limits.maxPalmSpeedPerSecond()) {
                why.add(QualityIssue.TOO_FAST);
            }
        }
        return current.failing(why);
    }

    /** Forgets the previous frame (the hand was lost), so the next frame is not compared with a stale one. */
    public void reset() {
        previous = null;
    }
}
