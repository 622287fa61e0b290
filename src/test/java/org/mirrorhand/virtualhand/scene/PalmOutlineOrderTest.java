package org.mirrorhand.virtualhand.scene;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The palm's outline goes round its middle in order, so the palm's faces never fold through each other. */
class PalmOutlineOrderTest {

    /** A palm frame whose axes are the scene's: x, y in the palm, z its normal. */
    private static double[] axes() {
        double[] v = new double[27];
        v[PalmFrame.X] = 1;
        v[PalmFrame.Y + 1] = 1;
        v[PalmFrame.Z + 2] = 1;
        return v;
    }

    /** Eight points on a circle, counter-clockwise, with heights that must be kept. */
    private static double[] circle() {
        double[] o = new double[24];
        for (int i = 0; i < 8; i++) {
            o[3 * i] = 5 + 2 * Math.cos(i * Math.PI / 4);
            o[3 * i + 1] = 1 + 2 * Math.sin(i * Math.PI / 4);
            o[3 * i + 2] = 0.1 * i;
        }
        return o;
    }

    @Test
    void anOutlineInOrderIsLeftExactlyAsItIs() {
        double[] o = circle();
        double[] before = o.clone();
        PalmMesh.keepInOrder(o, 8, axes(), new double[24]);
        assertArrayEquals(before, o);
    }

    @Test
    void aPointPastItsNeighbourIsTurnedBackSoTheOutlineGoesRoundInOrder() {
        double[] o = circle();
        // Point 3 (at 135°) swapped to 60°, behind point 2 (at 90°): the outline would cross itself.
        o[9] = 5 + 2 * Math.cos(Math.PI / 3);
        o[10] = 1 + 2 * Math.sin(Math.PI / 3);
        double cx = 0;
        double cy = 0;
        for (int i = 0; i < 8; i++) {
            cx += o[3 * i] / 8;
            cy += o[3 * i + 1] / 8;
        }
        double distance = Math.hypot(o[9] - cx, o[10] - cy);
        PalmMesh.keepInOrder(o, 8, axes(), new double[24]);
        double previous = Math.atan2(o[1] - cy, o[0] - cx);
        double total = 0;
        for (int i = 1; i <= 8; i++) {
            int k = i % 8;
            double angle = Math.atan2(o[3 * k + 1] - cy, o[3 * k] - cx);
            double turn = Math.IEEEremainder(angle - previous, 2 * Math.PI);
            assertTrue(turn > 0.1, "point " + k + " turns " + turn + " past the one before");
            total += turn;
            previous = angle;
        }
        assertEquals(2 * Math.PI, total, 1e-9, "once round");
        assertEquals(0.3, o[11], 1e-9, "the moved point keeps its height above the palm");
        assertEquals(distance, Math.hypot(o[9] - cx, o[10] - cy), 1e-9, "and its distance from the middle");
    }
}
