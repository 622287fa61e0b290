package org.mirrorhand.metrics;

import java.util.ArrayList;
import java.util.List;
import org.mirrorhand.pose.HandPose;
import org.mirrorhand.pose.Landmark;

/**
 * Builds hand poses with known joint angles, for tests. The hand is made in a local frame (knuckle row along +x,
 * fingers along -y, palm toward -z), turned by yaw (about the picture's vertical) and roll (in the picture plane),
 * and placed in the picture at (cx, cy). "Right" hands are the mirror image of "Left" ones, as in MediaPipe.
 */
final class SyntheticHand {

    private static final double[][] MCP = {{0.025, -0.085}, {0.003, -0.090}, {-0.017, -0.085}, {-0.035, -0.075}};
    private static final double[][] PHALANGES = {{0.045, 0.027, 0.020}, {0.050, 0.030, 0.021},
            {0.046, 0.028, 0.021}, {0.036, 0.021, 0.018}};
    private static final double[] SPREAD = {8, 0, -8, -16};
    private static final double PICTURE_SCALE = 2.0;

    final double[] mcp = new double[4];
    final double[] pip = new double[4];
    final double[] dip = new double[4];
    final double[] thumb = {10, 10, 10};
    String label = "Left";
    double presence = 0.99;
    double cx = 0.5;
    double cy = 0.55;
    double yawDegrees = 50;
    double rollDegrees;

    /** A flat, open hand. */
    static SyntheticHand open() {
        return new SyntheticHand();
    }

    /** A hand with every long finger at the same MCP, PIP and DIP flexion. */
    static SyntheticHand withFingers(double mcpDeg, double pipDeg, double dipDeg) {
        SyntheticHand h = new SyntheticHand();
        for (int f = 0; f < 4; f++) {
            h.mcp[f] = mcpDeg;
            h.pip[f] = pipDeg;
            h.dip[f] = dipDeg;
        }
        return h;
    }

    /** A full fist: MCP 85, PIP 100, DIP 65 (mean finger flexion 250). */
    static SyntheticHand fist() {
        SyntheticHand h = withFingers(85, 100, 65);
        h.thumb[1] = 40;
        h.thumb[2] = 50;
        return h;
    }

    /** A hand part-way between the fist (0) and open (1): every angle interpolated. */
    static SyntheticHand opening(double fraction) {
        return withFingers(85 * (1 - fraction), 100 * (1 - fraction), 65 * (1 - fraction));
    }

    SyntheticHand label(String l) {
        this.label = l;
        return this;
    }

    SyntheticHand at(double x, double y) {
        this.cx = x;
        this.cy = y;
        return this;
    }

    SyntheticHand yaw(double degrees) {
        this.yawDegrees = degrees;
        return this;
    }

    SyntheticHand roll(double degrees) {
        this.rollDegrees = degrees;
        return this;
    }

    SyntheticHand presence(double p) {
        this.presence = p;
        return this;
    }

    double[][] worldPoints() {
        double[][] p = new double[21][];
        p[0] = new double[] {0, 0, 0};
        for (int f = 0; f < 4; f++) {
            int base = 5 + 4 * f;
            double beta = Math.toRadians(SPREAD[f]);
            double[] d0 = {Math.sin(beta), -Math.cos(beta), 0};
            p[base] = new double[] {MCP[f][0], MCP[f][1], 0};
            double[] angles = {mcp[f], pip[f], dip[f]};
            double phi = 0;
            for (int k = 0; k < 3; k++) {
                phi += Math.toRadians(angles[k]);
                double[] dir = {d0[0] * Math.cos(phi), d0[1] * Math.cos(phi), -Math.sin(phi)};
                p[base + k + 1] = add(p[base + k], scale(dir, PHALANGES[f][k]));
            }
        }
        // Thumb: from a base near the wrist, forward and toward the index side, slightly palmar.
        p[1] = new double[] {0.022, -0.02, -0.005};
        double[] t0 = unit(new double[] {0.6, -0.75, -0.2});
        double[] towardPalm = unit(new double[] {-1, 0, -1});
        double[] perp = unit(sub(towardPalm, scale(t0, dot(towardPalm, t0))));
        double[] lengths = {0.04, 0.032, 0.028};
        double phi = 0;
        for (int k = 0; k < 3; k++) {
            phi += Math.toRadians(thumb[k]);
            double[] dir = add(scale(t0, Math.cos(phi)), scale(perp, Math.sin(phi)));
            p[k + 2] = add(p[k + 1], scale(dir, lengths[k]));
        }
        double yaw = Math.toRadians(yawDegrees);
        double roll = Math.toRadians(rollDegrees);
        double[][] out = new double[21][];
        for (int i = 0; i < 21; i++) {
            double x = "Right".equals(label) ? -p[i][0] : p[i][0];
            double y = p[i][1] + 0.05;
            double z = p[i][2];
            double x1 = x * Math.cos(yaw) + z * Math.sin(yaw);
            double z1 = -x * Math.sin(yaw) + z * Math.cos(yaw);
            double x2 = x1 * Math.cos(roll) - y * Math.sin(roll);
            double y2 = x1 * Math.sin(roll) + y * Math.cos(roll);
            out[i] = new double[] {x2, y2, z1};
        }
        return out;
    }

    HandPose pose() {
        double[][] w = worldPoints();
        List<Landmark> world = new ArrayList<>();
        List<Landmark> image = new ArrayList<>();
        for (double[] p : w) {
            world.add(new Landmark(p[0], p[1], p[2]));
            image.add(new Landmark(cx + PICTURE_SCALE * p[0], cy + PICTURE_SCALE * p[1], PICTURE_SCALE * p[2]));
        }
        return new HandPose(label, 0.97, presence, image, world);
    }

    private static double[] add(double[] a, double[] b) {
        return new double[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]};
    }

    private static double[] sub(double[] a, double[] b) {
        return new double[] {a[0] - b[0], a[1] - b[1], a[2] - b[2]};
    }

    private static double[] scale(double[] a, double k) {
        return new double[] {a[0] * k, a[1] * k, a[2] * k};
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static double[] unit(double[] a) {
        return scale(a, 1 / Math.sqrt(dot(a, a)));
    }
}
