package org.mirrorhand.virtualhand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AmplifiedOpeningTest {

    /** The skeleton's joint angles after the fist, then {@code now}, with the given amplification. */
    private static double[] shown(double[] fist, double[] now, int factor) {
        VirtualHand v = new VirtualHand(1);
        v.setMirrored(false);
        v.setSmoothing(false);
        v.amplifying().setFactor(factor);
        v.update(PosedHand.poseOf(fist, 0.99), 0);
        v.update(PosedHand.poseOf(now, 0.99), 40);
        return PosedHand.jointAngles(v.skeleton());
    }

    private static void assertAnglesWithin(double[] expected, double[] actual, double tolerance, String what) {
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], tolerance, what + ": angle " + i);
        }
    }

    @Test
    void tenDegreesOfRealExtensionAtEachJointIsShownAsFortyWithTimesFour() {
        double[] fist = PosedHand.bent(70, 90, 60).turned(15, 20, 0).packed();
        double[] now = PosedHand.bent(60, 80, 50).turned(15, 20, 0).packed();
        double[] expected = PosedHand.jointAngles(PosedHand.bent(30, 50, 20).turned(15, 20, 0).packed());
        assertAnglesWithin(expected, shown(fist, now, 4), 2, "times four");
        double[] twice = PosedHand.jointAngles(PosedHand.bent(50, 70, 40).turned(15, 20, 0).packed());
        assertAnglesWithin(twice, shown(fist, now, 2), 2, "times two");
    }

    @Test
    void anAmplifiedOpeningStopsAtStraightFingersNotBentBackwards() {
        double[] fist = PosedHand.bent(70, 90, 60).packed();
        double[] now = PosedHand.bent(40, 60, 30).packed();
        double[] shown = shown(fist, now, 4);
        double[] nowAngles = PosedHand.jointAngles(now);
        // The first 14 angles are the finger joints' bends: each stops at straight (0°), where ×4 would pass it.
        for (int i = 0; i < 14; i++) {
            assertEquals(0, shown[i], 2, "joint " + i + " straight, not bent backwards");
            assertTrue(nowAngles[i] > 10, "joint " + i + " was still bent in the real hand");
        }
        // The rest are the spreads of the bones in the palm, which are not amplified.
        for (int i = 14; i < shown.length; i++) {
            assertEquals(nowAngles[i], shown[i], 2, "spread " + i);
        }
    }

    @Test
    void offShowsTheTrackedHandAsItIs() {
        double[] fist = PosedHand.bent(70, 90, 60).packed();
        double[] now = PosedHand.bent(60, 80, 50).packed();
        assertAnglesWithin(PosedHand.jointAngles(now), shown(fist, now, 1), 1e-6, "off");
    }

    @Test
    void refusesAFactorOutsideOffToFour() {
        AmplifiedOpening a = new AmplifiedOpening();
        assertThrows(IllegalArgumentException.class, () -> a.setFactor(0));
        assertThrows(IllegalArgumentException.class, () -> a.setFactor(5));
        a.setFactor(3);
        assertTrue(a.factor() == 3);
    }
}
