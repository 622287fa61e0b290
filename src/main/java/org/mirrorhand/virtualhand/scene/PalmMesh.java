package org.mirrorhand.virtualhand.scene;

import java.util.Arrays;
import javafx.scene.shape.MeshView;

/**
 * The palm as a cushion: its outline (the wrist's two sides, the thumb's base and the fingers' bases) smoothed into a
 * curve, a rounded rim around it, and both faces swelling toward the middle, all one smooth surface. Each frame writes
 * its points in place. JavaFX thread.
 */
final class PalmMesh {

    /**
     * The outline, counter-clockwise about the palm's normal: the wrist's little-finger and thumb sides (scratch slots
     * 0 and 1, coded -1 and -2), the thumb's base, the web between thumb and index finger (coded 0), then each finger's
     * base (coded by its knuckle), a little way up the finger so that the thin rim between two fingers reads as the web
     * between them.
     */
    private static final int[] OUTLINE = {-1, -2, 1, 0, 5, 9, 13, 17};
    private static final int N = OUTLINE.length;
    /**
     * The rim's thickness at each outline point against the palm's: the webs are thin skin, and at a finger's base the
     * rim stays well inside the finger (surfaces nearly on top of each other flicker).
     */
    private static final double[] RIM_THICKNESS = {1, 1, 1, 0.6, 0.55, 0.55, 0.55, 0.55};
    /** How far up the first bones of the fingers the outline reaches at a finger's base. */
    private static final double BASE = 0.2;
    /** Points on the smoothed outline between two outline points. */
    private static final int SUB = 5;
    private static final int AROUND = N * SUB;
    /** Rings across each face, between its middle and the rim. */
    private static final int FACE = 5;
    /** Rings over the rim, from the palm side round to the back of the hand. */
    private static final int RIM = 7;
    /** How much thicker the middle of the palm is than its rim. */
    private static final double DOME = 0.3;
    /** Averaging passes that take the bumps out of the outline for the faces' inner rings. */
    private static final int SMOOTHING = 12;

    private final RingMesh mesh = new RingMesh(2 * FACE + RIM, AROUND);
    private final double[] outline = new double[3 * N];
    /**
     * The smoothed outline, then each of its points' outward direction, then the outline smoothed much more, then the
     * rim's thickness there.
     */
    private final double[] curve = new double[10 * AROUND];
    private final double[] spare = new double[3 * AROUND];
    private final double[] middle = new double[3];
    private final double[] normal = new double[3];
    /** Each outline point's angle, distance and height about the palm's middle, for {@link #keepInOrder}. */
    private final double[] polar = new double[3 * N];

    MeshView view() {
        return mesh.view();
    }

    /** @param v scratch holding the wrist's sides at 0 and 3 and the palm frame at {@link PalmFrame} */
    void update(double[] px, double[] v, double halfThickness) {
        outline(px, v);
        smoothOutline(v);
        Arrays.fill(middle, 0);
        for (int a = 0; a < AROUND; a++) {
            for (int d = 0; d < 3; d++) {
                middle[d] += curve[3 * a + d] / AROUND;
            }
        }
        double thickest = halfThickness * (1 + DOME);
        for (int d = 0; d < 3; d++) {
            normal[d] = v[PalmFrame.Z + d];
        }
        set(0, 0, 0, 0, -thickest, 0);
        set(mesh.lastPole(), 0, 0, 0, thickest, 0);
        for (int a = 0; a < AROUND; a++) {
            for (int r = 0; r < mesh.rings(); r++) {
                if (r < FACE || r >= FACE + RIM) {
                    // A face: from the middle out to the rim, thickest in the middle. Its inner rings follow the much
                    // smoother outline, so the bumps of the outline do not crease the whole face.
                    double s = (double) (r < FACE ? r + 1 : mesh.rings() - r) / (FACE + 1);
                    double exact = s * s * s * s;
                    double thin = exact * exact;
                    double rim = thin * curve[9 * AROUND + a] + 1 - thin;
                    double up = (r < FACE ? -1 : 1) * halfThickness * (rim + DOME * (1 - s * s));
                    set(mesh.point(r, a), 3 * a, s * exact, s * (1 - exact), up, 0);
                } else {
                    double angle = Math.PI * ((double) (r - FACE) / (RIM - 1) - 0.5);
                    double h = halfThickness * curve[9 * AROUND + a];
                    set(mesh.point(r, a), 3 * a, 1, 0, h * Math.sin(angle), h * Math.cos(angle));
                }
            }
        }
        mesh.commit();
    }

    /**
     * Writes a point: from the palm's middle toward outline point {@code o} by {@code exact} and toward the smoother
     * outline's by {@code smooth}, then {@code up} along the palm's normal and {@code out} along the outline's outward
     * direction there.
     */
    private void set(int point, int o, double exact, double smooth, double up, double out) {
        double[] p = middle;
        int m = 6 * AROUND + o;
        int n = 3 * AROUND + o;
        double x = p[0] + exact * (curve[o] - p[0]) + smooth * (curve[m] - p[0]) + up * normal[0] + out * curve[n];
        double y = p[1] + exact * (curve[o + 1] - p[1]) + smooth * (curve[m + 1] - p[1]) + up * normal[1]
                + out * curve[n + 1];
        double z = p[2] + exact * (curve[o + 2] - p[2]) + smooth * (curve[m + 2] - p[2]) + up * normal[2]
                + out * curve[n + 2];
        mesh.set(point, x, y, z);
    }

    /** The outline through its points as a closed Catmull-Rom curve, and each point's outward direction in the palm. */
    private void smoothOutline(double[] v) {
        for (int i = 0; i < N; i++) {
            for (int k = 0; k < SUB; k++) {
                double t = (double) k / SUB;
                double t2 = t * t;
                double t3 = t2 * t;
                double w0 = -0.5 * t3 + t2 - 0.5 * t;
                double w1 = 1.5 * t3 - 2.5 * t2 + 1;
                double w2 = -1.5 * t3 + 2 * t2 + 0.5 * t;
                double w3 = 0.5 * t3 - 0.5 * t2;
                for (int d = 0; d < 3; d++) {
                    curve[3 * (i * SUB + k) + d] = w0 * at(i - 1, d) + w1 * at(i, d)
                            + w2 * at(i + 1, d) + w3 * at(i + 2, d);
                }
                curve[9 * AROUND + i * SUB + k] = (1 - t) * RIM_THICKNESS[i] + t * RIM_THICKNESS[(i + 1) % N];
            }
        }
        for (int a = 0; a < AROUND; a++) {
            int next = 3 * ((a + 1) % AROUND);
            int prev = 3 * ((a + AROUND - 1) % AROUND);
            double tx = curve[next] - curve[prev];
            double ty = curve[next + 1] - curve[prev + 1];
            double tz = curve[next + 2] - curve[prev + 2];
            // The outline runs counter-clockwise about the palm's normal, so along × normal points outward.
            int n = 3 * (AROUND + a);
            curve[n] = ty * v[PalmFrame.Z + 2] - tz * v[PalmFrame.Z + 1];
            curve[n + 1] = tz * v[PalmFrame.Z] - tx * v[PalmFrame.Z + 2];
            curve[n + 2] = tx * v[PalmFrame.Z + 1] - ty * v[PalmFrame.Z];
            PalmFrame.normalise(curve, n);
        }
        smoothMore();
    }

    /** The outline with its bumps (knuckles, webs) averaged away, for the faces' inner rings. */
    private void smoothMore() {
        int m = 6 * AROUND;
        System.arraycopy(curve, 0, curve, m, 3 * AROUND);
        for (int pass = 0; pass < SMOOTHING; pass++) {
            for (int a = 0; a < AROUND; a++) {
                int prev = m + 3 * ((a + AROUND - 1) % AROUND);
                int next = m + 3 * ((a + 1) % AROUND);
                for (int d = 0; d < 3; d++) {
                    spare[3 * a + d] = (curve[prev + d] + 2 * curve[m + 3 * a + d] + curve[next + d]) / 4;
                }
            }
            System.arraycopy(spare, 0, curve, m, 3 * AROUND);
        }
    }

    /** Coordinate d of outline point i (taken round the loop). */
    private double at(int i, int d) {
        return outline[3 * ((i + N) % N) + d];
    }

    /**
     * Coordinate d of the outline at the finger whose knuckle is at {@code k}: beyond the knuckle by a share of the
     * first bone's reach along the palm, so it folds back to the knuckle as the finger curls into a fist.
     */
    private static double fingerBase(double[] px, double[] v, int k, int d) {
        double reach = 0;
        for (int e = 0; e < 3; e++) {
            reach += (px[k + 3 + e] - px[k + e]) * v[PalmFrame.Y + e];
        }
        return px[k + d] + BASE * Math.max(0, reach) * v[PalmFrame.Y + d];
    }

    private void outline(double[] px, double[] v) {
        for (int i = 0; i < N; i++) {
            int l = OUTLINE[i];
            for (int d = 0; d < 3; d++) {
                double p;
                if (l < 0) {
                    p = v[3 * (-l - 1) + d];
                } else if (l == 0) {
                    // The thumb's web spans from the thumb's first knuckle to the index finger's.
                    p = 0.45 * px[6 + d] + 0.35 * px[15 + d] + 0.2 * px[3 + d];
                } else if (l > 1) {
                    p = fingerBase(px, v, 3 * l, d);
                } else {
                    p = px[3 * l + d];
                }
                outline[3 * i + d] = p;
            }
        }
        keepInOrder(outline, N, v, polar);
    }

    /** Smallest turn between two outline points about the palm's middle, so no two meet. */
    private static final double MIN_TURN = 0.12;

    /**
     * Seen about the palm's middle in the palm's plane, the outline's points must go round in order. Landmarks of a hand
     * close to the camera and seen edge-on can put a knuckle or the thumb's base past its neighbour; the outline then
     * crosses itself and the palm's faces fold through each other, which looks torn. Such a point is turned back about
     * the middle (its distance and height kept) to just past its neighbour. Ordinary hands are left exactly as they are.
     *
     * @param polar scratch of 3 × n doubles
     */
    static void keepInOrder(double[] outline, int n, double[] v, double[] polar) {
        int radius = n; // polar holds the angles, then the distances, then the heights
        int height = 2 * n;
        double cx = 0;
        double cy = 0;
        double cz = 0;
        for (int i = 0; i < n; i++) {
            cx += outline[3 * i] / n;
            cy += outline[3 * i + 1] / n;
            cz += outline[3 * i + 2] / n;
        }
        for (int i = 0; i < n; i++) {
            double dx = outline[3 * i] - cx;
            double dy = outline[3 * i + 1] - cy;
            double dz = outline[3 * i + 2] - cz;
            double a = dx * v[PalmFrame.X] + dy * v[PalmFrame.X + 1] + dz * v[PalmFrame.X + 2];
            double b = dx * v[PalmFrame.Y] + dy * v[PalmFrame.Y + 1] + dz * v[PalmFrame.Y + 2];
            polar[height + i] = dx * v[PalmFrame.Z] + dy * v[PalmFrame.Z + 1] + dz * v[PalmFrame.Z + 2];
            polar[i] = Math.atan2(b, a);
            polar[radius + i] = Math.hypot(a, b);
        }
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += turn(polar[i], polar[(i + 1) % n]);
        }
        double way = Math.signum(total);
        boolean inOrder = way != 0;
        for (int i = 0; i < n && inOrder; i++) {
            inOrder = way * turn(polar[i], polar[(i + 1) % n]) >= MIN_TURN;
        }
        if (inOrder) {
            return;
        }
        double room = 2 * Math.PI - MIN_TURN * n; // what the turns may share once each has its minimum
        double used = 0;
        for (int i = 1; i < n; i++) {
            double t = way * turn(polar[i - 1], polar[i]);
            double extra = Math.min(Math.max(0, t - MIN_TURN), Math.max(0, room - used));
            used += extra;
            polar[i] = polar[i - 1] + way * (MIN_TURN + extra);
            double a = polar[radius + i] * Math.cos(polar[i]);
            double b = polar[radius + i] * Math.sin(polar[i]);
            double up = polar[height + i];
            outline[3 * i] = cx + a * v[PalmFrame.X] + b * v[PalmFrame.Y] + up * v[PalmFrame.Z];
            outline[3 * i + 1] = cy + a * v[PalmFrame.X + 1] + b * v[PalmFrame.Y + 1] + up * v[PalmFrame.Z + 1];
            outline[3 * i + 2] = cz + a * v[PalmFrame.X + 2] + b * v[PalmFrame.Y + 2] + up * v[PalmFrame.Z + 2];
        }
    }

    /** The turn from angle a to angle b, between -π and π. */
    private static double turn(double a, double b) {
        double t = b - a;
        while (t > Math.PI) {
            t -= 2 * Math.PI;
        }
        while (t <= -Math.PI) {
            t += 2 * Math.PI;
        }
        return t;
    }
}
