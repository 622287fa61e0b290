package org.mirrorhand.virtualhand;

/**
 * A hand as rotations, not positions: the palm's axes in the camera's world frame (x from the little finger's knuckle
 * toward the index finger's, y from the wrist toward the middle finger's knuckle, z their cross product) and each bone's
 * direction in that palm frame as a unit vector. With a person's fixed bone lengths this gives a hand that cannot
 * stretch. Mutable and reused frame to frame (no allocation per frame). One thread.
 */
public final class RigPose {

    final double[] palmX = new double[3];
    final double[] palmY = new double[3];
    final double[] palmZ = new double[3];
    /** Unit direction of the bone ending at landmark i, in the palm frame, at 3i (index 0 unused). */
    final double[] directions = new double[3 * HandBones.LANDMARKS];

    /** Reads the rotations of a hand from its packed world landmarks. */
    void solve(double[] p) {
        set(palmY, p, 0, 9);
        set(palmX, p, 17, 5);
        orthonormalisePalm();
        for (int i = 1; i < HandBones.LANDMARKS; i++) {
            int a = HandBones.parent(i);
            double dx = p[3 * i] - p[3 * a];
            double dy = p[3 * i + 1] - p[3 * a + 1];
            double dz = p[3 * i + 2] - p[3 * a + 2];
            directions[3 * i] = dx * palmX[0] + dy * palmX[1] + dz * palmX[2];
            directions[3 * i + 1] = dx * palmY[0] + dy * palmY[1] + dz * palmY[2];
            directions[3 * i + 2] = dx * palmZ[0] + dy * palmZ[1] + dz * palmZ[2];
            normalise(directions, 3 * i);
        }
    }

    /**
     * Builds the skeleton: packed positions relative to the wrist, in metres, each bone its fixed length; with
     * {@code mirrored} the hand is reflected left to right (x negated), which turns a right hand into a left one.
     */
    void build(BoneLengths lengths, boolean mirrored, double[] out) {
        out[0] = 0;
        out[1] = 0;
        out[2] = 0;
        for (int i = 1; i < HandBones.LANDMARKS; i++) {
            int a = HandBones.parent(i);
            double dx = directions[3 * i];
            double dy = directions[3 * i + 1];
            double dz = directions[3 * i + 2];
            double len = lengths.of(i);
            for (int k = 0; k < 3; k++) {
                out[3 * i + k] = out[3 * a + k] + len * (dx * palmX[k] + dy * palmY[k] + dz * palmZ[k]);
            }
        }
        if (mirrored) {
            for (int i = 0; i < HandBones.LANDMARKS; i++) {
                out[3 * i] = -out[3 * i];
            }
        }
    }

    /** After filtering: unit directions and an orthonormal palm frame again. */
    void renormalise() {
        orthonormalisePalm();
        for (int i = 1; i < HandBones.LANDMARKS; i++) {
            normalise(directions, 3 * i);
        }
    }

    /** y as it is (unit), x made square to it (unit), z their cross product. */
    private void orthonormalisePalm() {
        normalise(palmY, 0);
        double along = dot(palmX, 0, palmY, 0);
        for (int k = 0; k < 3; k++) {
            palmX[k] -= along * palmY[k];
        }
        normalise(palmX, 0);
        cross(palmX, palmY, palmZ);
    }

    void copyFrom(RigPose o) {
        System.arraycopy(o.palmX, 0, palmX, 0, 3);
        System.arraycopy(o.palmY, 0, palmY, 0, 3);
        System.arraycopy(o.palmZ, 0, palmZ, 0, 3);
        System.arraycopy(o.directions, 0, directions, 0, directions.length);
    }

    /**
     * How closed the hand is: the sum, in degrees, of the bends at the long fingers' three joints and the thumb's two
     * outer ones (bigger is more closed).
     */
    double closureDegrees() {
        double sum = 0;
        for (int j = 2; j < HandBones.LANDMARKS - 1; j++) {
            if (!HandBones.isTip(j)) {
                int a = 3 * j;
                int b = 3 * (j + 1);
                double cos = directions[a] * directions[b] + directions[a + 1] * directions[b + 1]
                        + directions[a + 2] * directions[b + 2];
                sum += Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, cos))));
            }
        }
        return sum;
    }

    private static void set(double[] v, double[] p, int from, int to) {
        for (int k = 0; k < 3; k++) {
            v[k] = p[3 * to + k] - p[3 * from + k];
        }
    }

    static void normalise(double[] v, int o) {
        double n = Math.sqrt(v[o] * v[o] + v[o + 1] * v[o + 1] + v[o + 2] * v[o + 2]);
        if (n > 0) {
            v[o] /= n;
            v[o + 1] /= n;
            v[o + 2] /= n;
        }
    }

    private static double dot(double[] a, int i, double[] b, int j) {
        return a[i] * b[j] + a[i + 1] * b[j + 1] + a[i + 2] * b[j + 2];
    }

    private static void cross(double[] a, double[] b, double[] out) {
        out[0] = a[1] * b[2] - a[2] * b[1];
        out[1] = a[2] * b[0] - a[0] * b[2];
        out[2] = a[0] * b[1] - a[1] * b[0];
    }
}
