package org.mirrorhand.live;

import org.mirrorhand.pose.PoseOptions;

/**
 * How many hands each exercise tracks. With one hand wanted and one in view, MediaPipe's rule needs no palm detection
 * between frames, so tracking runs at full speed; with two wanted it looks for the missing hand on every frame.
 */
public final class Tracking {

    /** Mirror therapy: the working hand only (the affected one is hidden behind the mirror). */
    public static final PoseOptions WORKING_HAND = PoseOptions.DEFAULTS.withMaxHands(1);

    /** Measuring both hands. */
    public static final PoseOptions BOTH_HANDS = PoseOptions.DEFAULTS;

    private Tracking() {
    }
}
