package org.mirrorhand.virtualhand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MovementPlaybackTest {

    private static final double[] FIST = PosedHand.jointAngles(PosedHand.fist().packed());
    private static final double[] OPEN = PosedHand.jointAngles(PosedHand.open().packed());

    private static void assertAnglesWithin(double[] expected, double[] actual, double tolerance, String what) {
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], tolerance, what + ": angle " + i);
        }
    }

    private static double[] anglesAt(MovementPlayback m, double ms) {
        return PosedHand.jointAngles(m.skeletonAt(ms));
    }

    @Test
    void theBuiltInCycleStartsAtTheFistOpensFullyHalfWayAndClosesAgainAtThePacesLength() {
        MovementPlayback m = MovementPlayback.builtIn();
        m.setPace(MovementPlayback.Pace.MEDIUM);
        assertAnglesWithin(FIST, anglesAt(m, 0), 2, "the start");
        assertAnglesWithin(OPEN, anglesAt(m, 2500), 2, "half of the medium 5 s cycle");
        assertAnglesWithin(FIST, anglesAt(m, 5000), 2, "a whole cycle later");
        assertAnglesWithin(OPEN, anglesAt(m, 7500), 2, "the second cycle's opening");
        m.setPace(MovementPlayback.Pace.SLOW);
        assertAnglesWithin(OPEN, anglesAt(m, 4000), 2, "half of the slow 8 s cycle");
        double quarter = anglesAt(m, 2000)[3];
        assertTrue(quarter < FIST[3] - 20 && quarter > OPEN[3] + 20,
                "a quarter of the way the index finger is half-open: " + quarter);
    }

    @Test
    void theOpeningIsMirroredOntoTheOtherSide() {
        double[] open = PosedHand.open().packed();
        double[] shown = MovementPlayback.builtIn().skeletonAt(4000);
        for (int i : new int[] {5, 8, 17, 20}) {
            assertEquals(-open[3 * i], shown[3 * i], 0.004, "landmark " + i + "'s x reflected");
            assertEquals(open[3 * i + 1], shown[3 * i + 1], 0.004, "landmark " + i + "'s y kept");
        }
    }

    @Test
    void aRecordedCycleIsPlayedFrameByFrameEvenlyOverThePace() {
        double[] a = PosedHand.bent(60, 70, 40).packed();
        double[] b = PosedHand.bent(10, 15, 5).packed();
        double[] c = PosedHand.bent(35, 40, 20).packed();
        MovementPlayback m = MovementPlayback.of(List.of(a, b, c));
        m.setPace(MovementPlayback.Pace.SLOW);
        assertAnglesWithin(PosedHand.jointAngles(a), anglesAt(m, 0), 1, "first frame");
        assertAnglesWithin(PosedHand.jointAngles(b), anglesAt(m, 8000 / 3.0), 1, "second frame a third of the way");
        assertAnglesWithin(PosedHand.jointAngles(c), anglesAt(m, 2 * 8000 / 3.0), 1, "third frame");
        assertAnglesWithin(PosedHand.jointAngles(a), anglesAt(m, 8000), 1, "looped back");
    }

    @Test
    void refusesAMovementOfOneFrameOrOfFramesThatAreNotHands() {
        assertThrows(IllegalArgumentException.class, () -> MovementPlayback.of(List.of(new double[63])));
        assertThrows(IllegalArgumentException.class, () -> MovementPlayback.of(List.of(new double[63], new double[5])));
    }
}
