package org.mirrorhand.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SsdAnchorsTest {

    @Test
    void palmAnchorsNumber2016As24By24TimesTwoPlus12By12TimesSix() {
        assertEquals(2016 * 2, SsdAnchors.PALM.length);
    }

    @Test
    void firstTwoAnchorsShareTheCentreOfTheTopLeftStride8Cell() {
        float[] a = SsdAnchors.PALM;
        assertEquals(0.5 / 24, a[0], 1e-7);
        assertEquals(0.5 / 24, a[1], 1e-7);
        assertEquals(0.5 / 24, a[2], 1e-7);
        assertEquals(0.5 / 24, a[3], 1e-7);
        assertEquals(1.5 / 24, a[4], 1e-7); // third anchor: next cell to the right
    }

    @Test
    void stride16AnchorsStartAfterTheStride8OnesAndRepeatSixTimesPerCell() {
        float[] a = SsdAnchors.PALM;
        int first16 = 24 * 24 * 2;
        for (int k = 0; k < 6; k++) {
            assertEquals(0.5 / 12, a[2 * (first16 + k)], 1e-7);
            assertEquals(0.5 / 12, a[2 * (first16 + k) + 1], 1e-7);
        }
        assertEquals(1.5 / 12, a[2 * (first16 + 6)], 1e-7);
    }

    @Test
    void lastAnchorIsTheCentreOfTheBottomRightStride16Cell() {
        float[] a = SsdAnchors.PALM;
        assertEquals(11.5 / 12, a[a.length - 2], 1e-7);
        assertEquals(11.5 / 12, a[a.length - 1], 1e-7);
    }
}
