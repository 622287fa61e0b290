package org.mirrorhand.live;

import java.util.List;
import org.mirrorhand.pose.HandPose;

/**
 * The hands found in one frame.
 *
 * @param timestampMs  the frame's own time (reps are counted on it, never on the wall clock)
 * @param hands        hands found, possibly none
 * @param arrivalNanos when the frame reached the program
 * @param doneNanos    when estimation finished
 */
public record PoseResult(double timestampMs, List<HandPose> hands, long arrivalNanos, long doneNanos) {

    public PoseResult {
        hands = List.copyOf(hands);
    }

    public double ageMs() {
        return (doneNanos - arrivalNanos) / 1e6;
    }
}
