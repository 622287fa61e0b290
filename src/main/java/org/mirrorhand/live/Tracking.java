package org.mirrorhand.live;

import org.mirrorhand.mirror.AffectedSide;
import org.mirrorhand.pose.PoseOptions;

/**
 * How many hands each exercise tracks. With one hand wanted and one in view, MediaPipe's rule needs no palm detection
 * between frames, so tracking runs at full speed; with two wanted it looks for the missing hand on every frame.
 */
public final class Tracking {

    /** One hand, whichever is seen (the display benchmark's one-hand video). */
    public static final PoseOptions ONE_HAND = PoseOptions.DEFAULTS.withMaxHands(1);

    /** Measuring both hands. */
    public static final PoseOptions BOTH_HANDS = PoseOptions.DEFAULTS;

    private Tracking() {
    }

    /**
     * Amplified feedback: both hands, so the virtual hand can follow the affected one; the count still reads the working
     * hand, picked by its handedness as always.
     */
    public static PoseOptions amplifiedFeedback() {
        return BOTH_HANDS;
    }

    /**
     * Mirror therapy: the working hand only. Both hands are often in view (the affected one rests on the table), so the
     * working hand is found and kept by its handedness; the affected one is reported only while it is the only hand
     * seen, so the person can be told.
     */
    public static PoseOptions workingHand(AffectedSide affected) {
        return ONE_HAND.withHand(WorkingHand.labelOf(affected.other()));
    }
}
