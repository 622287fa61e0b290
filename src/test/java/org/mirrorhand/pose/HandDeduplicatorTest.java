package org.mirrorhand.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HandDeduplicatorTest {

    /** A stylised open hand of the given size with its wrist at (x, y). */
    private static double[] hand(double x, double y, double size) {
        double[] lm = new double[63];
        for (int k = 1; k < 21; k++) {
            int finger = (k - 1) / 4;
            int joint = (k - 1) % 4;
            lm[3 * k] = x + (finger - 2) * size * 0.25;
            lm[3 * k + 1] = y - size * (0.4 + 0.15 * joint);
        }
        lm[0] = x;
        lm[1] = y;
        return lm;
    }

    @Test
    void theSameHandFoundTwiceIsKeptOnce() {
        assertEquals(List.of(0), HandDeduplicator.keep(List.of(hand(0.5, 0.8, 0.2), hand(0.505, 0.8, 0.2)), 640, 480));
    }

    @Test
    void twoHandsSideBySideAreBothKept() {
        assertEquals(List.of(0, 1), HandDeduplicator.keep(List.of(hand(0.25, 0.8, 0.2), hand(0.75, 0.8, 0.2)), 640,
                480));
    }

    @Test
    void aHandShiftedByHalfItsSizeIsNotADuplicate() {
        assertEquals(List.of(0, 1), HandDeduplicator.keep(List.of(hand(0.5, 0.8, 0.2), hand(0.6, 0.8, 0.2)), 640,
                480));
    }
}
