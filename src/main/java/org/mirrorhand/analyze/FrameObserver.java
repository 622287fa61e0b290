package org.mirrorhand.analyze;

import java.util.List;
import org.mirrorhand.pose.HandPose;

/** Something that wants every analysed frame's hands: the JSON file, the rep counter, the console summary. */
interface FrameObserver {
    void frame(long index, double timestampMs, List<HandPose> hands);
}
