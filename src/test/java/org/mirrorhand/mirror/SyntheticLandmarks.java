package org.mirrorhand.mirror;

import java.util.Random;

/**
 * 21 hand landmarks in the picture (0..1), in MediaPipe's order, for tests: a wrist, a thumb of four points and four
 * fingers of four points each, fanned upward from the palm, with optional seeded jitter.
 */
final class SyntheticLandmarks {

    final double[] xs = new double[21];
    final double[] ys = new double[21];

    /**
     * @param cx    the palm's centre across
     * @param cy    the palm's centre down
     * @param size  the hand's height as a fraction of the picture
     */
    SyntheticLandmarks(double cx, double cy, double size, Random jitter, double jitterSize) {
        xs[0] = cx;
        ys[0] = cy + 0.45 * size;
        double[] angles = {-60, -25, -5, 15, 35}; // thumb, then index to little finger, degrees from straight up
        double[] lengths = {0.45, 0.6, 0.65, 0.6, 0.5};
        for (int f = 0; f < 5; f++) {
            double a = Math.toRadians(angles[f]);
            for (int j = 0; j < 4; j++) {
                double r = size * (0.2 + lengths[f] * (j + 1) / 4);
                int i = 1 + f * 4 + j;
                xs[i] = cx + Math.sin(a) * r + (jitter == null ? 0 : jitter.nextGaussian() * jitterSize);
                ys[i] = cy + 0.45 * size - Math.cos(a) * r + (jitter == null ? 0 : jitter.nextGaussian() * jitterSize);
            }
        }
    }

    SyntheticLandmarks(double cx, double cy, double size) {
        this(cx, cy, size, null, 0);
    }

    double minX() {
        return java.util.Arrays.stream(xs).min().orElseThrow();
    }

    double maxX() {
        return java.util.Arrays.stream(xs).max().orElseThrow();
    }
}
