package org.mirrorhand.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CalibrationTest {

    private final HandMeasurer measurer = new HandMeasurer();

    @Test
    void aFistThenAnOpenHandGiveTheRangeEnds() {
        Calibration c = new Calibration(RepCounterSettings.DEFAULTS);
        for (int i = 0; i < 20; i++) {
            c.addFistFrame(measurer.measure(SyntheticHand.fist().pose()));
            c.addOpenFrame(measurer.measure(SyntheticHand.opening(0.8).pose()));
        }
        // Getting into the pose: a few frames of a half-open hand must not move the median much.
        for (int i = 0; i < 4; i++) {
            c.addFistFrame(measurer.measure(SyntheticHand.opening(0.5).pose()));
        }
        OpeningRange r = c.result().range().orElseThrow();
        assertEquals(250, r.closedFlexionDegrees(), 5);
        assertEquals(50, r.openFlexionDegrees(), 5);
        assertEquals("", c.result().problem());
    }

    @Test
    void tooFewClearFramesAsksToTryAgainInPlainWords() {
        Calibration c = new Calibration(RepCounterSettings.DEFAULTS);
        for (int i = 0; i < 20; i++) {
            c.addFistFrame(measurer.measure(SyntheticHand.fist().presence(0.1).pose()));
            c.addOpenFrame(measurer.measure(SyntheticHand.open().pose()));
        }
        Calibration.Result r = c.result();
        assertFalse(r.range().isPresent());
        assertTrue(r.problem().contains("fist"), r.problem());
    }

    @Test
    void aFistThatLooksLikeTheOpenHandIsRejected() {
        Calibration c = new Calibration(RepCounterSettings.DEFAULTS);
        for (int i = 0; i < 20; i++) {
            c.addFistFrame(measurer.measure(SyntheticHand.opening(0.9).pose()));
            c.addOpenFrame(measurer.measure(SyntheticHand.open().pose()));
        }
        assertFalse(c.result().range().isPresent());
        assertTrue(c.result().problem().contains("too alike"), c.result().problem());
    }

    @Test
    void theOpeningIndexRunsFromTheFistToTheFullestOpening() {
        OpeningRange r = new OpeningRange(200, 40);
        assertEquals(0, r.openingPercent(200), 1e-9);
        assertEquals(50, r.openingPercent(120), 1e-9);
        assertEquals(100, r.openingPercent(40), 1e-9);
        assertEquals(100, r.openingPercent(-10), 1e-9);
        assertEquals(0, r.openingPercent(260), 1e-9);
    }
}
