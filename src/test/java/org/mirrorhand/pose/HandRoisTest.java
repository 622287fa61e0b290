package org.mirrorhand.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HandRoisTest {

    /** A palm box centred at (cx, cy) with the wrist keypoint at (wx, wy) and the middle-finger base at (mx, my). */
    private static PalmDetection palm(double cx, double cy, double size, double wx, double wy, double mx, double my) {
        double[] kp = new double[14];
        kp[0] = wx;
        kp[1] = wy;
        kp[4] = mx;
        kp[5] = my;
        return new PalmDetection(cx - size / 2, cy - size / 2, size, size, 0.9, kp);
    }

    @Test
    void uprightPalmHasNoRotationAndTheRoiMovesHalfABoxTowardTheFingers() {
        NormRect r = HandRois.fromPalm(palm(0.5, 0.5, 0.1, 0.5, 0.55, 0.5, 0.45), 400, 400);
        assertEquals(0, r.rotation(), 1e-9);
        assertEquals(0.5, r.xCenter(), 1e-9);
        assertEquals(0.45, r.yCenter(), 1e-9);
        assertEquals(0.26, r.width(), 1e-9);
        assertEquals(0.26, r.height(), 1e-9);
    }

    @Test
    void palmPointingRightIsRotatedAQuarterTurnAndShiftedRight() {
        NormRect r = HandRois.fromPalm(palm(0.5, 0.5, 0.1, 0.45, 0.5, 0.55, 0.5), 400, 400);
        assertEquals(Math.PI / 2, r.rotation(), 1e-9);
        assertEquals(0.55, r.xCenter(), 1e-9);
        assertEquals(0.5, r.yCenter(), 1e-9);
    }

    @Test
    void palmPointingDownIsRotatedHalfATurn() {
        NormRect r = HandRois.fromPalm(palm(0.5, 0.5, 0.1, 0.5, 0.45, 0.5, 0.55), 400, 400);
        assertEquals(Math.PI, Math.abs(r.rotation()), 1e-9);
        assertEquals(0.55, r.yCenter(), 1e-9);
    }

    @Test
    void roiIsSquareInPixelsOnAWideImage() {
        // 0.1 x 0.2 normalised on 800 x 400 is 80 x 80 pixels; the long side wins, then x 2.6.
        NormRect r = HandRois.transform(new NormRect(0.5, 0.5, 0.1, 0.3, 0), 800, 400, 2.6, 2.6, 0, 0, true);
        assertEquals(r.width() * 800, r.height() * 400, 1e-9);
        assertEquals(0.3 * 400 * 2.6, r.height() * 400, 1e-9);
    }

    @Test
    void rotatedShiftFollowsTheRectanglesOwnAxesInPixels() {
        // Rotation 90 degrees: a shift of -0.5 along the rect's own y (up) points along +x of the image.
        NormRect r = HandRois.transform(new NormRect(0.5, 0.5, 0.1, 0.2, Math.PI / 2), 800, 400, 1, 1, 0, -0.5,
                false);
        assertEquals(0.5 + 0.5 * 0.2 * 400 / 800, r.xCenter(), 1e-9);
        assertEquals(0.5, r.yCenter(), 1e-9);
    }

    @Test
    void landmarksOfAnUprightHandGiveAnUprightRoiAroundThePalmEnlargedTwice() {
        double[] xy = new double[42];
        for (int k = 0; k < 21; k++) {
            // A stylised upright hand: wrist at the bottom, fingers in columns above it.
            int finger = k == 0 ? 2 : (k - 1) / 4;
            int joint = k == 0 ? -1 : (k - 1) % 4;
            xy[2 * k] = 0.4 + 0.05 * finger;
            xy[2 * k + 1] = 0.7 - 0.05 * (joint + 1);
        }
        NormRect r = HandRois.fromLandmarks(xy, 500, 500);
        assertEquals(0, r.rotation(), 1e-9);
        assertEquals(r.width(), r.height(), 1e-12);
        // Partial landmarks (wrist, thumb CMC..IP, MCPs, PIPs) span x 0.4..0.6 and y 0.55..0.7: shifted up by a
        // tenth of the 0.15 height, squared on the 0.2 long side, doubled.
        assertEquals(0.4, r.width(), 1e-9);
        assertEquals(0.5, r.xCenter(), 1e-9);
        assertEquals(0.625 - 0.1 * 0.15, r.yCenter(), 1e-9);
    }

    @Test
    void normalisedAnglesStayWithinMinusPiToPi() {
        assertEquals(-Math.PI / 2, Geometry.normalizeRadians(3 * Math.PI / 2), 1e-12);
        assertEquals(0.25, Geometry.normalizeRadians(0.25 + 4 * Math.PI), 1e-12);
        assertEquals(-Math.PI, Geometry.normalizeRadians(Math.PI), 1e-12);
    }
}
