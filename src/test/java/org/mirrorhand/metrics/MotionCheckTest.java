package org.mirrorhand.metrics;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MotionCheckTest {

    private final HandMeasurer measurer = new HandMeasurer();

    private HandMeasurement second(double firstMs, SyntheticHand first, double secondMs, SyntheticHand then) {
        MotionCheck check = new MotionCheck(QualityLimits.DEFAULTS);
        check.check(firstMs, measurer.measure(first.pose()));
        return check.check(secondMs, measurer.measure(then.pose()));
    }

    @Test
    void aFullOpeningBetweenTwoFramesOfAFiveFramesASecondTimeLapseIsNotTooFast() {
        // 250 degrees of mean flexion undone in 200 ms: fast, but within what a hand can do.
        HandMeasurement m = second(0, SyntheticHand.fist(), 200, SyntheticHand.open());
        assertFalse(m.handIssues().contains(QualityIssue.TOO_FAST), m.handIssues().toString());
    }

    @Test
    void theSameChangeInOneThirtiethOfASecondIsTooFast() {
        HandMeasurement m = second(0, SyntheticHand.fist(), 33, SyntheticHand.open());
        assertTrue(m.handIssues().contains(QualityIssue.TOO_FAST));
        assertFalse(m.meanFingerFlexion().isMeasured());
    }

    @Test
    void aHandJumpingAcrossThePictureInOneFrameIsTooFast() {
        HandMeasurement m = second(0, SyntheticHand.open().at(0.3, 0.6), 33, SyntheticHand.open().at(0.7, 0.6));
        assertTrue(m.handIssues().contains(QualityIssue.TOO_FAST));
    }

    @Test
    void framesFarApartAreNotComparedForSpeed() {
        HandMeasurement m = second(0, SyntheticHand.open().at(0.3, 0.6), 2000, SyntheticHand.fist().at(0.7, 0.6));
        assertFalse(m.handIssues().contains(QualityIssue.TOO_FAST));
    }

    @Test
    void aSteadyHandPasses() {
        HandMeasurement m = second(0, SyntheticHand.opening(0.5), 33, SyntheticHand.opening(0.52));
        assertTrue(m.passed(), m.handIssues().toString());
    }
}
