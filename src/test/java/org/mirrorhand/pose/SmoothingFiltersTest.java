package org.mirrorhand.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SmoothingFiltersTest {

    private static final long FRAME_NS = 33_333_333L;

    @Test
    void velocityFilterPassesTheFirstValueAndHoldsAStillOne() {
        RelativeVelocityFilter f = new RelativeVelocityFilter(5, 10);
        assertEquals(100, f.apply(FRAME_NS, 0.01, 100), 0);
        assertEquals(100, f.apply(2 * FRAME_NS, 0.01, 100), 1e-12);
    }

    @Test
    void velocityFilterFollowsAFastMoveMoreCloselyThanASlowOne() {
        double slowLag = lagAfterStep(1);
        double fastLag = lagAfterStep(50);
        assertTrue(slowLag > 0.2, "a small step is damped: lag " + slowLag);
        assertTrue(fastLag < 0.05, "a big step is followed: lag " + fastLag);
    }

    /** Fraction of a step still missing one frame after it. */
    private static double lagAfterStep(double step) {
        RelativeVelocityFilter f = new RelativeVelocityFilter(5, 10);
        for (int i = 1; i <= 5; i++) {
            f.apply(i * FRAME_NS, 0.01, 100);
        }
        double out = f.apply(6 * FRAME_NS, 0.01, 100 + step);
        return (100 + step - out) / step;
    }

    @Test
    void velocityFilterIgnoresATimestampThatDoesNotAdvance() {
        RelativeVelocityFilter f = new RelativeVelocityFilter(5, 10);
        f.apply(FRAME_NS, 0.01, 100);
        assertEquals(300, f.apply(FRAME_NS, 0.01, 300), 0);
    }

    @Test
    void oneEuroFilterSmoothsJitterOfAStillValue() {
        OneEuroFilter f = new OneEuroFilter(30, 0.1, 40, 1.0);
        Random random = new Random(1);
        double rawVariance = 0;
        double outVariance = 0;
        for (int i = 1; i <= 300; i++) {
            double noise = random.nextGaussian() * 0.001;
            double out = f.apply(i * FRAME_NS, 1, noise);
            if (i > 30) {
                rawVariance += noise * noise;
                outVariance += out * out;
            }
        }
        assertTrue(outVariance < rawVariance / 2, "variance " + outVariance + " vs raw " + rawVariance);
    }

    @Test
    void landmarkSmootherReducesJitterOfAStillHand() {
        LandmarkSmoother s = new LandmarkSmoother();
        Random random = new Random(2);
        double rawError = 0;
        double outError = 0;
        for (int i = 1; i <= 100; i++) {
            double[] lm = new double[63];
            double[] world = new double[63];
            for (int k = 0; k < 21; k++) {
                lm[3 * k] = 0.3 + 0.01 * k + random.nextGaussian() * 0.002;
                lm[3 * k + 1] = 0.5 + 0.005 * k;
            }
            double raw = lm[30] - (0.3 + 0.1);
            s.apply(i * FRAME_NS, 640, 480, lm, world);
            if (i > 10) {
                rawError += raw * raw;
                outError += (lm[30] - 0.4) * (lm[30] - 0.4);
            }
        }
 // The velocity filter is gentle by design: it must not lag a moving hand.
        assertTrue(outError < rawError * 0.7, "smoothed " + outError + " vs raw " + rawError);
    }
}
