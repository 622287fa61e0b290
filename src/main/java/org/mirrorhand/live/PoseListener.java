package org.mirrorhand.live;

import java.util.List;
import org.mirrorhand.pose.HandPose;

/** Receives every pose result in frame order, on the inference thread (rep counting, session recording). */
@FunctionalInterface
public interface PoseListener {
    void onPose(double timestampMs, List<HandPose> hands);

    PoseListener NONE = (t, hands) -> { };
}
