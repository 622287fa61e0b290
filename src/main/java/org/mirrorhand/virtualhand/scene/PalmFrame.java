package org.mirrorhand.virtualhand.scene;

/**
 * The palm's axes from placed landmark positions, written into a scratch array: x across the knuckles (little finger
 * to index), y from the wrist toward the middle knuckle, z (the palm's normal) their cross product. Pure.
 */
final class PalmFrame {

    static final int X = 18;
    static final int Y = 21;
    static final int Z = 24;

    private PalmFrame() {
    }

    static void of(double[] p, double[] out) {
        for (int d = 0; d < 3; d++) {
            out[Y + d] = p[27 + d] - p[d];
            out[X + d] = p[15 + d] - p[51 + d];
        }
        normalise(out, Y);
        double along = out[X] * out[Y] + out[X + 1] * out[Y + 1] + out[X + 2] * out[Y + 2];
        for (int d = 0; d < 3; d++) {
            out[X + d] -= along * out[Y + d];
        }
        normalise(out, X);
        out[Z] = out[X + 1] * out[Y + 2] - out[X + 2] * out[Y + 1];
        out[Z + 1] = out[X + 2] * out[Y] - out[X] * out[Y + 2];
        out[Z + 2] = out[X] * out[Y + 1] - out[X + 1] * out[Y];
    }

    static void normalise(double[] v, int o) {
        double n = Math.sqrt(v[o] * v[o] + v[o + 1] * v[o + 1] + v[o + 2] * v[o + 2]);
        if (n > 1e-12) {
            v[o] /= n;
            v[o + 1] /= n;
            v[o + 2] /= n;
        }
    }
}
