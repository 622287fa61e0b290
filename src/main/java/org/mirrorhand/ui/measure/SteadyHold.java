package org.mirrorhand.ui.measure;

import java.util.List;
import org.mirrorhand.pose.HandPose;
import org.mirrorhand.pose.Landmark;

/**
 * Tells when a hand has held its shape still for a moment, on frame timestamps: a run starts at a frame (its anchor)
 * and goes on while every world landmark stays within {@link #MAX_MOVE_M} of where it was at the anchor; it is steady
 * once it has lasted {@link #HOLD_MS}. A larger movement or a gap in the frames starts a new run. Pure; one thread.
 */
final class SteadyHold {

    /** How long a pose must be held: long enough to measure, short enough for a tiring hand. */
    static final double HOLD_MS = 1000;
    /** Movement allowed while holding: above MediaPipe's few millimetres of jitter, below a real change of shape. */
    static final double MAX_MOVE_M = 0.008;
    /** Frames further apart than this (the hand was lost) do not continue a run. */
    static final double MAX_GAP_MS = 500;

    private List<Landmark> anchor;
    private double anchorMs;
    private double lastMs = Double.NaN;

    /**
     * @return true when this frame starts a new run (what was gathered for the old one is void)
     */
    boolean accept(double timestampMs, HandPose pose) {
        boolean restart = anchor == null || timestampMs - lastMs > MAX_GAP_MS || moved(pose.worldLandmarks());
        if (restart) {
            anchor = pose.worldLandmarks();
            anchorMs = timestampMs;
        }
        lastMs = timestampMs;
        return restart;
    }

    /** True once the current run has lasted {@link #HOLD_MS}. */
    boolean steady() {
        return anchor != null && lastMs - anchorMs >= HOLD_MS;
    }

    /** Milliseconds the hand has been held still so far. */
    double heldMs() {
        return anchor == null ? 0 : lastMs - anchorMs;
    }

    void reset() {
        anchor = null;
        lastMs = Double.NaN;
    }

    private boolean moved(List<Landmark> now) {
        for (int i = 0; i < now.size() && i < anchor.size(); i++) {
            Landmark a = anchor.get(i);
            Landmark b = now.get(i);
            double dx = a.x() - b.x();
            double dy = a.y() - b.y();
            double dz = a.z() - b.z();
            if (dx * dx + dy * dy + dz * dz > MAX_MOVE_M * MAX_MOVE_M) {
                return true;
            }
        }
        return false;
    }
}
