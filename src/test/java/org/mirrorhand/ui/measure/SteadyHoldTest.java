package org.mirrorhand.ui.measure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mirrorhand.metrics.SyntheticSummaries;

class SteadyHoldTest {

    private static final double FRAME_MS = 1000.0 / 30;

    @Test
    void aPoseHeldStillForOneSecondIsSteadyAndNotBefore() {
        SteadyHold h = new SteadyHold();
        int frames = (int) Math.ceil(SteadyHold.HOLD_MS / FRAME_MS);
        for (int i = 0; i < frames; i++) {
            h.accept(i * FRAME_MS, SyntheticSummaries.pose(0, "Right", 0.3));
            assertFalse(h.steady(), "not yet at frame " + i);
        }
        h.accept(frames * FRAME_MS, SyntheticSummaries.pose(0, "Right", 0.3));
        assertTrue(h.steady());
    }

    @Test
    void aHandOpeningSlowlyButSteadilyIsNeverSteady() {
        SteadyHold h = new SteadyHold();
        // Opening from a fist to fully open over 6 seconds: slow, but moving all the time.
        for (int i = 0; i <= 180; i++) {
            h.accept(i * FRAME_MS, SyntheticSummaries.pose(i / 180.0, "Right", 0.3));
            assertFalse(h.steady(), "moving at frame " + i);
        }
    }

    @Test
    void aGapInTheFramesStartsTheHoldAgain() {
        SteadyHold h = new SteadyHold();
        h.accept(0, SyntheticSummaries.pose(0, "Right", 0.3));
        h.accept(600, SyntheticSummaries.pose(0, "Right", 0.3));
        assertFalse(h.steady());
        h.accept(1200, SyntheticSummaries.pose(0, "Right", 0.3));
        assertFalse(h.steady(), "two gaps: the hand was not seen holding");
    }
}
