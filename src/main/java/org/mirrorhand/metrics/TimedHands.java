package org.mirrorhand.metrics;

import java.util.List;
import org.mirrorhand.pose.HandPose;

/** The hands found in one frame and the frame's timestamp (frame time, milliseconds). */
public record TimedHands(double timestampMs, List<HandPose> hands) {

    public TimedHands {
        hands = List.copyOf(hands);
    }
}
