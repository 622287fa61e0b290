package org.mirrorhand.virtualhand;

import java.util.List;
import org.mirrorhand.pose.Landmark;

/**
 * The hand's skeleton in MediaPipe's landmark order (0 wrist; then thumb, index, middle, ring and little finger, four
 * landmarks each): landmark i (1..20) ends the bone that starts at its parent. Vectors are packed as x, y, z triples of
 * 21 landmarks (63 numbers). Pure; any thread.
 */
public final class HandBones {

    public static final int LANDMARKS = 21;

    private HandBones() {
    }

    /** The landmark a bone ending at {@code i} starts from: the wrist for each finger's first bone, else the one before. */
    public static int parent(int i) {
        if (i <= 0 || i >= LANDMARKS) {
            throw new IllegalArgumentException("no bone ends at landmark " + i);
        }
        return (i - 1) % 4 == 0 ? 0 : i - 1;
    }

    /** True for the last landmark of a finger (the tip), which no bone starts from. */
    public static boolean isTip(int i) {
        return i > 0 && i % 4 == 0;
    }

    /** Packs 21 landmarks into {@code out} as x, y, z triples. */
    public static void pack(List<Landmark> landmarks, double[] out) {
        for (int i = 0; i < LANDMARKS; i++) {
            Landmark l = landmarks.get(i);
            out[3 * i] = l.x();
            out[3 * i + 1] = l.y();
            out[3 * i + 2] = l.z();
        }
    }

    /** The distance between landmarks {@code a} and {@code b} of a packed vector. */
    public static double distance(double[] p, int a, int b) {
        double dx = p[3 * b] - p[3 * a];
        double dy = p[3 * b + 1] - p[3 * a + 1];
        double dz = p[3 * b + 2] - p[3 * a + 2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    /**
     * The bend at landmark {@code j} in degrees: the angle between the bone arriving at it and each bone leaving it
     * (the first one for the wrist, which several leave). 0 means straight on.
     */
    public static double bendDegrees(double[] p, int arriving, int j, int leaving) {
        double ax = p[3 * j] - p[3 * arriving];
        double ay = p[3 * j + 1] - p[3 * arriving + 1];
        double az = p[3 * j + 2] - p[3 * arriving + 2];
        double bx = p[3 * leaving] - p[3 * j];
        double by = p[3 * leaving + 1] - p[3 * j + 1];
        double bz = p[3 * leaving + 2] - p[3 * j + 2];
        double cos = (ax * bx + ay * by + az * bz)
                / Math.sqrt((ax * ax + ay * ay + az * az) * (bx * bx + by * by + bz * bz));
        return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, cos))));
    }
}
