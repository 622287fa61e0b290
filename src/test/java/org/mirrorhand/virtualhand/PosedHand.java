package org.mirrorhand.virtualhand;

import java.util.ArrayList;
import java.util.List;
import org.mirrorhand.pose.HandPose;
import org.mirrorhand.pose.Landmark;

/**
 * Builds world landmarks of a hand with known joint bends, for tests: knuckles along +x, fingers along -y, bending
 * toward +z; then turned by pitch, yaw and roll and scaled. All lengths in metres.
 */
final class PosedHand {

    private static final double[][] KNUCKLES = {{0.022, -0.030}, {0.025, -0.085}, {0.003, -0.090}, {-0.017, -0.085},
            {-0.035, -0.075}};
    private static final double[][] BONES = {{0.040, 0.033, 0.028}, {0.045, 0.027, 0.020}, {0.050, 0.030, 0.021},
            {0.046, 0.028, 0.021}, {0.036, 0.021, 0.018}};
    private static final double[] SPREAD = {40, 8, 0, -8, -16};

    /** Bends in degrees per finger (thumb first) and joint (from the knuckle out). */
    final double[][] bend = new double[5][3];
    double pitch;
    double yaw;
    double roll;
    double scale = 1;

    static PosedHand open() {
        return new PosedHand();
    }

    /** Every joint of every finger bent by the same angles; the thumb by half. */
    static PosedHand bent(double knuckle, double middle, double end) {
        PosedHand h = new PosedHand();
        for (int f = 0; f < 5; f++) {
            double k = f == 0 ? 0.5 : 1;
            h.bend[f] = new double[] {knuckle * k, middle * k, end * k};
        }
        return h;
    }

    static PosedHand fist() {
        return bent(85, 100, 65);
    }

    PosedHand turned(double pitchDeg, double yawDeg, double rollDeg) {
        pitch = pitchDeg;
        yaw = yawDeg;
        roll = rollDeg;
        return this;
    }

    PosedHand scaled(double s) {
        scale = s;
        return this;
    }

    /** The 21 landmarks packed as x, y, z. */
    double[] packed() {
        double[] p = new double[63];
        for (int f = 0; f < 5; f++) {
            int base = 1 + 4 * f;
            double spread = Math.toRadians(SPREAD[f]);
            double x = KNUCKLES[f][0];
            double y = KNUCKLES[f][1];
            double z = 0;
            put(p, base, x, y, z);
            double cumulative = 0;
            for (int k = 0; k < 3; k++) {
                cumulative += Math.toRadians(bend[f][k]);
                double along = BONES[f][k] * Math.cos(cumulative);
                x += along * Math.sin(spread);
                y -= along * Math.cos(spread);
                z += BONES[f][k] * Math.sin(cumulative);
                put(p, base + k + 1, x, y, z);
            }
        }
        for (int i = 0; i < 21; i++) {
            turn(p, i);
        }
        return p;
    }

    HandPose pose() {
        return poseOf(packed(), 0.99);
    }

    static HandPose poseOf(double[] p, double presence) {
        List<Landmark> world = new ArrayList<>();
        List<Landmark> image = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            world.add(new Landmark(p[3 * i], p[3 * i + 1], p[3 * i + 2]));
            image.add(new Landmark(0.5 + p[3 * i] * 2, 0.6 + p[3 * i + 1] * 2, p[3 * i + 2] * 2));
        }
        return new HandPose("Left", 0.98, presence, image, world);
    }

    private static void put(double[] p, int i, double x, double y, double z) {
        p[3 * i] = x;
        p[3 * i + 1] = y;
        p[3 * i + 2] = z;
    }

    private void turn(double[] p, int i) {
        double x = p[3 * i] * scale;
        double y = p[3 * i + 1] * scale;
        double z = p[3 * i + 2] * scale;
        double a = Math.toRadians(pitch);
        double y1 = y * Math.cos(a) - z * Math.sin(a);
        double z1 = y * Math.sin(a) + z * Math.cos(a);
        double b = Math.toRadians(yaw);
        double x2 = x * Math.cos(b) + z1 * Math.sin(b);
        double z2 = -x * Math.sin(b) + z1 * Math.cos(b);
        double c = Math.toRadians(roll);
        put(p, i, x2 * Math.cos(c) - y1 * Math.sin(c), x2 * Math.sin(c) + y1 * Math.cos(c), z2);
    }

    /** Every bend of a skeleton: each joint's and the spread between the bones that leave the wrist. */
    static double[] jointAngles(double[] p) {
        double[] out = new double[14 + 10];
        int n = 0;
        for (int j = 2; j < 20; j++) {
            if (!HandBones.isTip(j)) {
                out[n++] = HandBones.bendDegrees(p, HandBones.parent(j), j, j + 1);
            }
        }
        int[] roots = {1, 5, 9, 13, 17};
        for (int a = 0; a < roots.length; a++) {
            for (int b = a + 1; b < roots.length; b++) {
                out[n++] = spreadDegrees(p, roots[a], roots[b]);
            }
        }
        return out;
    }

    private static double spreadDegrees(double[] p, int a, int b) {
        double dot = 0;
        for (int k = 0; k < 3; k++) {
            dot += (p[3 * a + k] - p[k]) * (p[3 * b + k] - p[k]);
        }
        return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1,
                dot / (HandBones.distance(p, 0, a) * HandBones.distance(p, 0, b))))));
    }
}
