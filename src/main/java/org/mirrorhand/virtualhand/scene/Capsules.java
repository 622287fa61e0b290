package org.mirrorhand.virtualhand.scene;

import javafx.scene.transform.Affine;

/**
 * Places unit shapes by their transforms: a cylinder of radius 1 and height 1 (JavaFX's, along y, centred) stretched
 * between two points, a sphere of radius 1 scaled to a ball. Pure arithmetic into the affine; no allocation.
 */
final class Capsules {

    /** Scratch slots in the caller's vector array. */
    private static final int U = 27;
    private static final int W = 30;

    private Capsules() {
    }

    static void ball(Affine a, double[] p, int o, double r) {
        a.setToTransform(r, 0, 0, p[o], 0, r, 0, p[o + 1], 0, 0, r, p[o + 2]);
    }

    /** A cylinder from {@code p[o]} to {@code q[o2]}, radius {@code ru} across and {@code rw} deep. */
    static void segment(Affine a, double[] p, int o, double[] q, int o2, double ru, double rw, double[] v) {
        double dx = q[o2] - p[o];
        double dy = q[o2 + 1] - p[o + 1];
        double dz = q[o2 + 2] - p[o + 2];
        double len = Math.sqrt(dx * dx + dy * dy + dz * dz);
        if (len < 1e-9) {
            a.setToTransform(0, 0, 0, p[o], 0, 0, 0, p[o + 1], 0, 0, 0, p[o + 2]);
            return;
        }
        perpendiculars(dx / len, dy / len, dz / len, v);
        a.setToTransform(v[U] * ru, dx, v[W] * rw, p[o] + dx / 2,
                v[U + 1] * ru, dy, v[W + 1] * rw, p[o + 1] + dy / 2,
                v[U + 2] * ru, dz, v[W + 2] * rw, p[o + 2] + dz / 2);
    }

    /** The forearm: from the wrist away from the fingers, wide across the palm and flatter through it. */
    static void forearm(Affine a, double[] px, double[] v, double length, double wide, double deep) {
        double cx = px[0] - v[PalmFrame.Y] * length / 2;
        double cy = px[1] - v[PalmFrame.Y + 1] * length / 2;
        double cz = px[2] - v[PalmFrame.Y + 2] * length / 2;
        a.setToTransform(v[PalmFrame.X] * wide, -v[PalmFrame.Y] * length, v[PalmFrame.Z] * deep, cx,
                v[PalmFrame.X + 1] * wide, -v[PalmFrame.Y + 1] * length, v[PalmFrame.Z + 1] * deep, cy,
                v[PalmFrame.X + 2] * wide, -v[PalmFrame.Y + 2] * length, v[PalmFrame.Z + 2] * deep, cz);
    }

    /** Two unit vectors at right angles to the unit direction d and to each other, u × d = w, into v[U], v[W]. */
    private static void perpendiculars(double dx, double dy, double dz, double[] v) {
        // Start from the palm's normal (kept at PalmFrame.Z) so segments turn with the hand, not around their own axis.
        double hx = v[PalmFrame.Z];
        double hy = v[PalmFrame.Z + 1];
        double hz = v[PalmFrame.Z + 2];
        if (Math.abs(hx * dx + hy * dy + hz * dz) > 0.95) {
            hx = v[PalmFrame.X];
            hy = v[PalmFrame.X + 1];
            hz = v[PalmFrame.X + 2];
        }
        v[U] = hy * dz - hz * dy;
        v[U + 1] = hz * dx - hx * dz;
        v[U + 2] = hx * dy - hy * dx;
        PalmFrame.normalise(v, U);
        v[W] = v[U + 1] * dz - v[U + 2] * dy;
        v[W + 1] = v[U + 2] * dx - v[U] * dz;
        v[W + 2] = v[U] * dy - v[U + 1] * dx;
    }
}
