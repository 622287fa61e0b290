package org.mirrorhand.ui.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.mirrorhand.metrics.SyntheticSummaries;
import org.mirrorhand.mirror.AffectedSide;

/** Each pose is taken when the hand holds it still, however long it takes to get there. */
class HandAssessmentTimingTest {

    private static final double FRAME_MS = 1000.0 / 30;

    /** Feeds the right hand (left of a selfie picture) shaped by {@code opening(seconds)} from {@code fromS}. */
    private static double feed(HandAssessment a, double fromS, double seconds, DoubleUnaryOperator opening) {
        int n = (int) Math.round(seconds * 1000 / FRAME_MS);
        for (int i = 0; i < n; i++) {
            double s = i * FRAME_MS / 1000;
            a.onPose((fromS + s) * 1000, List.of(SyntheticSummaries.pose(opening.applyAsDouble(s), "Right", 0.3)));
        }
        return fromS + seconds;
    }

    @Test
    void aSlowSpasticOpenerIsWaitedForAndCalibratesWithoutBeingCalledTooAlike() {
        HandAssessment a = new HandAssessment(true);
        a.startFist(AffectedSide.RIGHT);
        double t = feed(a, 0, 1.5, s -> 0);
        assertTrue(a.captured(), "a fist held still for a second is taken");

        a.startOpen();
        // Still a fist for 20 s (far beyond the old 5-second window), then opening to 60 % in six jerks, one every
        // 0.8 s, with pauses shorter than the hold between them.
        t = feed(a, t, 20, s -> 0);
        assertFalse(a.captured(), "a fist held in the opening step is not an opening");
        t = feed(a, t, 4.8, s -> 0.1 * Math.min(6, 1 + Math.floor(s / 0.8)));
        assertFalse(a.captured(), "still on the way: the hand moved every 0.8 s");
        feed(a, t, 1.5, s -> 0.6);
        assertTrue(a.captured(), "held at its widest, it is taken");

        assertEquals(Optional.empty(), a.startReps(), "calibration succeeds");
    }

    @Test
    void aFistThatNeverOpensIsNeverTakenAsTheOpening() {
        HandAssessment a = new HandAssessment(true);
        a.startFist(AffectedSide.RIGHT);
        double t = feed(a, 0, 1.5, s -> 0);
        a.startOpen();
        feed(a, t, 30, s -> 0.02);
        assertFalse(a.captured(), "waits; the screen offers a retry after a while");
    }
}
