package org.mirrorhand.virtualhand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class VirtualHandTest {

    private static final double FRAME_MS = 1000.0 / 30;

    /** Feeds the same pose for {@code frames} frames from {@code startMs}; returns the time after. */
    private static double hold(VirtualHand v, double[] p, double startMs, int frames) {
        double t = startMs;
        for (int i = 0; i < frames; i++, t += FRAME_MS) {
            assertTrue(v.update(PosedHand.poseOf(p, 0.99), t));
        }
        return t;
    }

    private static void assertAnglesWithin(double[] expected, double[] actual, double tolerance, String what) {
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], tolerance, what + ": angle " + i);
        }
    }

    @Test
    void jointAnglesOfTheSmoothedSkeletonEqualTheInputsWithinTwoDegreesOnceEachPoseIsHeld() {
        Random random = new Random(14);
        VirtualHand v = new VirtualHand(5);
        v.setMirrored(false);
        double t = 0;
        for (int pose = 0; pose < 25; pose++) {
            PosedHand h = PosedHand.bent(random.nextDouble() * 90, random.nextDouble() * 100, random.nextDouble() * 70)
                    .turned(random.nextDouble() * 80 - 40, random.nextDouble() * 120 - 60, random.nextDouble() * 60 - 30);
            h.bend[2][1] = random.nextDouble() * 100; // one finger unlike the others
            double[] p = h.packed();
            t = hold(v, p, t, 45);
            assertAnglesWithin(PosedHand.jointAngles(p), PosedHand.jointAngles(v.skeleton()), 2, "pose " + pose);
        }
    }

    @Test
    void withoutSmoothingEveryFrameReproducesItsJointAnglesAtOnce() {
        VirtualHand v = new VirtualHand(1);
        v.setSmoothing(false);
        v.setMirrored(false);
        double[] p = PosedHand.bent(40, 60, 20).turned(20, -30, 10).packed();
        v.update(PosedHand.poseOf(p, 0.99), 0);
        assertAnglesWithin(PosedHand.jointAngles(p), PosedHand.jointAngles(v.skeleton()), 1e-6, "one frame");
    }

    @Test
    void boneLengthsStayConstantWhileTheTrackerStretchesAndShrinksTheHand() {
        Random random = new Random(7);
        VirtualHand v = new VirtualHand(30);
        double[] first = null;
        double widestInput = 0;
        double t = 0;
        for (int frame = 0; frame < 300; frame++, t += FRAME_MS) {
            double scale = 1 + 0.12 * (random.nextDouble() - 0.5);
            double[] p = PosedHand.bent(frame % 60, frame % 80, 10).scaled(scale).packed();
            widestInput = Math.max(widestInput, Math.abs(scale - 1));
            v.update(PosedHand.poseOf(p, 0.99), t);
            if (frame < 30) {
                continue;
            }
            double[] lengths = lengths(v.skeleton());
            if (first == null) {
                first = lengths;
            }
            for (int i = 1; i < 21; i++) {
                assertEquals(first[i], lengths[i], first[i] * 0.01, "bone " + i + " at frame " + frame);
            }
        }
        assertTrue(widestInput > 0.04, "the input itself stretched by " + widestInput);
    }

    @Test
    void theLearnedBoneLengthsAreTheMedianOfTheFirstFrames() {
        BoneLengths b = new BoneLengths(3);
        for (double s : new double[] {1.0, 1.2, 0.9, 2.0}) {
            b.offer(PosedHand.open().scaled(s).packed());
        }
        double[] unit = PosedHand.open().packed();
        assertEquals(HandBones.distance(unit, 9, 10), b.of(10), 1e-12);
        assertTrue(b.learned());
    }

    @Test
    void theMirroredHandIsExactlyTheWorkingHandReflectedLeftToRight() {
        double[] p = PosedHand.bent(30, 50, 10).turned(10, 40, -20).packed();
        VirtualHand plain = new VirtualHand(1);
        plain.setMirrored(false);
        plain.update(PosedHand.poseOf(p, 0.99), 0);
        VirtualHand mirrored = new VirtualHand(1);
        mirrored.update(PosedHand.poseOf(p, 0.99), 0);
        for (int i = 0; i < 21; i++) {
            assertEquals(-plain.skeleton()[3 * i], mirrored.skeleton()[3 * i], 0.0, "x of landmark " + i);
            assertEquals(plain.skeleton()[3 * i + 1], mirrored.skeleton()[3 * i + 1], 0.0, "y of landmark " + i);
            assertEquals(plain.skeleton()[3 * i + 2], mirrored.skeleton()[3 * i + 2], 0.0, "z of landmark " + i);
        }
        assertAnglesWithin(PosedHand.jointAngles(p), PosedHand.jointAngles(mirrored.skeleton()), 1e-6, "mirrored");
        assertTrue(mirrored.skeleton()[3 * 5] * p[3 * 5] < 0, "the index knuckle changed sides");
    }

    @Test
    void gradesZeroHalfAndFullLandAtTheFistHalfWayAndTheFullOpening() {
        double[] fist = PosedHand.fist().turned(15, 20, 0).packed();
        double[] open = PosedHand.open().turned(15, 20, 0).packed();
        double[] fistAngles = PosedHand.jointAngles(fist);
        double[] openAngles = PosedHand.jointAngles(open);
        double[] halfAngles = new double[fistAngles.length];
        for (int i = 0; i < halfAngles.length; i++) {
            halfAngles[i] = (fistAngles[i] + openAngles[i]) / 2;
        }
        double[][] expected = {fistAngles, halfAngles, openAngles};
        double[] grades = {0, 0.5, 1};
        for (int g = 0; g < grades.length; g++) {
            VirtualHand v = new VirtualHand(1);
            v.setMirrored(false);
            v.setSmoothing(false);
            v.calibrateFist(PosedHand.poseOf(fist, 0.99));
            v.grading().setGrade(grades[g]);
            v.update(PosedHand.poseOf(open, 0.99), 0);
            assertAnglesWithin(expected[g], PosedHand.jointAngles(v.skeleton()), 2, "grade " + grades[g]);
        }
        assertTrue(fistAngles[3] - openAngles[3] > 90, "the fist and the opening differ");
    }

    @Test
    void theFirstFistTheWorkingHandMakesCalibratesTheGradedOpening() {
        double[] fist = PosedHand.fist().packed();
        double[] open = PosedHand.open().packed();
        VirtualHand v = new VirtualHand(1);
        v.setMirrored(false);
        v.setSmoothing(false);
        v.grading().setGrade(0);
        v.update(PosedHand.poseOf(fist, 0.99), 0);
        v.update(PosedHand.poseOf(open, 0.99), 40);
        assertAnglesWithin(PosedHand.jointAngles(fist), PosedHand.jointAngles(v.skeleton()), 0.5, "still the fist");
    }

    @Test
    void smoothingCalmsTrackerJitterOnAStillHand() {
        Random random = new Random(3);
        VirtualHand v = new VirtualHand(10);
        v.setMirrored(false);
        double[] still = PosedHand.bent(30, 40, 10).packed();
        double inputSpread = 0;
        double outputSpread = 0;
        double t = 0;
        for (int frame = 0; frame < 200; frame++, t += FRAME_MS) {
            double[] p = still.clone();
            for (int k = 3; k < p.length; k++) {
                p[k] += 0.002 * random.nextGaussian();
            }
            v.update(PosedHand.poseOf(p, 0.99), t);
            if (frame >= 50) {
                inputSpread += Math.abs(PosedHand.jointAngles(p)[7] - PosedHand.jointAngles(still)[7]);
                outputSpread += Math.abs(PosedHand.jointAngles(v.skeleton())[7] - PosedHand.jointAngles(still)[7]);
            }
        }
        assertTrue(outputSpread < inputSpread / 2, "jitter in " + inputSpread + ", out " + outputSpread);
    }

    static double[] lengths(double[] skeleton) {
        double[] out = new double[21];
        for (int i = 1; i < 21; i++) {
            out[i] = HandBones.distance(skeleton, HandBones.parent(i), i);
        }
        return out;
    }
}
