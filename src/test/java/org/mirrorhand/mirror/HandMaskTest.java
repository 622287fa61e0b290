package org.mirrorhand.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class HandMaskTest {

    private static double[] scaled(double[] v, double k) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * k;
        }
        return out;
    }

    @Test
    void theHullOfASquareWithAPointInsideIsItsFourCorners() {
        double[][] hull = HandMask.convexHull(new double[] {0, 10, 10, 0, 5}, new double[] {0, 0, 10, 10, 5});
        assertEquals(4, hull[0].length);
    }

    @Test
    void alphaIsOneInsideTheHullAndWithinTheMargin() {
        SyntheticLandmarks hand = new SyntheticLandmarks(0.5, 0.5, 0.4);
        HandMask m = HandMask.around(scaled(hand.xs, 640), scaled(hand.ys, 480), 10, 15);
        for (int i = 0; i < 21; i++) {
            assertEquals(1.0, m.alpha(hand.xs[i] * 640, hand.ys[i] * 480), "landmark " + i);
        }
        // Midway between the wrist and the middle fingertip is inside the palm.
        assertEquals(1.0, m.alpha((hand.xs[0] + hand.xs[12]) / 2 * 640, (hand.ys[0] + hand.ys[12]) / 2 * 480));
        // Just within the margin, straight out from the wrist (the lowest point).
        assertEquals(1.0, m.alpha(hand.xs[0] * 640, hand.ys[0] * 480 + 9.5));
    }

    @Test
    void alphaIsZeroBeyondTheMarginAndFeather() {
        SyntheticLandmarks hand = new SyntheticLandmarks(0.5, 0.5, 0.4);
        HandMask m = HandMask.around(scaled(hand.xs, 640), scaled(hand.ys, 480), 10, 15);
        assertEquals(0.0, m.alpha(hand.xs[0] * 640, hand.ys[0] * 480 + 25.5));
        assertEquals(0.0, m.alpha(0, 0), "a corner of the screen");
        // The notch between the thumb tip and the index tip is inside the hull: convex, not a tight outline.
        assertEquals(1.0, m.alpha((hand.xs[4] + hand.xs[8]) / 2 * 640, (hand.ys[4] + hand.ys[8]) / 2 * 480));
    }

    @Test
    void alphaFallsMonotonicallyAcrossTheFeatherInEveryDirection() {
        Random r = new Random(5);
        SyntheticLandmarks hand = new SyntheticLandmarks(0.5, 0.5, 0.4, r, 0.01);
        double[] xs = scaled(hand.xs, 640);
        double[] ys = scaled(hand.ys, 480);
        HandMask m = HandMask.around(xs, ys, 12, 20);
        double cx = xs[9];
        double cy = (ys[0] + ys[9]) / 2;
        for (int dir = 0; dir < 72; dir++) {
            double a = Math.toRadians(dir * 5);
            double previous = 1;
            boolean sawBetween = false;
            for (double d = 0; d < 500; d += 0.5) {
                double alpha = m.alpha(cx + Math.cos(a) * d, cy + Math.sin(a) * d);
                assertTrue(alpha <= previous + 1e-12, "alpha rose at direction " + dir * 5 + "°, distance " + d);
                assertTrue(alpha >= 0 && alpha <= 1);
                sawBetween |= alpha > 0.05 && alpha < 0.95;
                previous = alpha;
            }
            assertEquals(0.0, previous, "far away in direction " + dir * 5);
            assertTrue(sawBetween, "a soft edge, not a hard one, in direction " + dir * 5);
        }
    }

    @Test
    void theFeatherIsAsWideAsAsked() {
        // A single horizontal edge: a flat hand lying along y = 100 from x = 0 to 200 (a degenerate hull).
        HandMask m = HandMask.around(new double[] {0, 100, 200}, new double[] {100, 100, 100}, 10, 20);
        assertEquals(1.0, m.alpha(100, 110));
        assertEquals(0.5, m.alpha(100, 120), 1e-9);
        assertEquals(0.0, m.alpha(100, 130));
    }

    @Test
    void theReflectedMaskSitsWhereTheReflectionIsDrawn() {
        // A facing camera: camera x 0.3 is screen 0.7; reflected about a seam at 0.5 it is screen 0.3.
        SyntheticLandmarks hand = new SyntheticLandmarks(0.3, 0.5, 0.3);
        MirrorSettings s = new MirrorSettings(MirrorMode.HAND_ONLY, AffectedSide.LEFT, 0.5, true);
        HandMask m = HandMask.reflected(hand.xs, hand.ys, s, 1000, 1000);
        assertEquals(1.0, m.alpha(300, 1000 * hand.ys[9]));
        assertEquals(0.0, m.alpha(700, 1000 * hand.ys[9]), "not where the real hand is");
    }

    @Test
    void theDrawingRowsAgreeWithTheExactMaskInsideAndBeyondAndStayCloseAcrossTheFeather() {
        Random r = new Random(8);
        SyntheticLandmarks hand = new SyntheticLandmarks(0.5, 0.5, 0.4, r, 0.01);
        HandMask m = HandMask.around(scaled(hand.xs, 640), scaled(hand.ys, 480), 12, 20);
        double worst = 0;
        for (double y = 0.5; y < 480; y += 1) {
            double[] row = m.row(y);
            for (double x = 0.5; x < 640; x += 1) {
                double exact = m.alpha(x, y);
                double drawn = row == null ? 0 : HandMask.alongRow(row, x);
                if (exact == 1 || exact == 0) {
                    assertEquals(exact, drawn, 0.02, "at " + x + ", " + y);
                }
                worst = Math.max(worst, Math.abs(exact - drawn));
            }
        }
        assertTrue(worst < 0.35, "the drawn feather strays from the exact one by " + worst);
    }

    @Test
    void aMaskNeedsPoints() {
        assertThrows(IllegalArgumentException.class, () -> HandMask.around(new double[0], new double[0]));
    }
}
