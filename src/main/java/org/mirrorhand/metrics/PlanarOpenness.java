package org.mirrorhand.metrics;

import java.util.EnumSet;
import java.util.Optional;

/**
 * The 2D variant of the opening signal, for landmark sets that have no depth (such as wrist-relative keypoint
 * tables): the mean, over the four long fingers, of the bends at MCP, PIP and DIP as seen in the picture. Without
 * depth the sign of a bend is unknown, so bends are unsigned, and a finger curling toward the camera reads less
 * bent than it is. Stateless; any thread.
 */
public final class PlanarOpenness {

    /**
     * A hand whose mean 2D finger bend is below this is open: half the 260 degrees of a normal finger's total
     * active motion (ASSH), the midpoint between straight and a full fist.
     */
    public static final double OPEN_BELOW_DEGREES = 130;

    private PlanarOpenness() {
    }

    /**
     * Mean 2D finger bend in degrees.
     *
     * @param xy 21 points in MediaPipe order, each {x, y}
     * @throws IllegalArgumentException when there are not 21 points of two coordinates
     */
    public static Measurement meanFingerBend(double[][] xy) {
        if (xy == null || xy.length != 21) {
            throw new IllegalArgumentException("2D hand landmarks need 21 points, got "
                    + (xy == null ? "none" : xy.length));
        }
        Vec3[] p = new Vec3[21];
        for (int i = 0; i < 21; i++) {
            if (xy[i] == null || xy[i].length != 2) {
                throw new IllegalArgumentException("2D landmark " + i + " needs exactly two coordinates");
            }
            p[i] = new Vec3(xy[i][0], xy[i][1], 0);
            if (!p[i].isFinite()) {
                return Measurement.notMeasured(QualityIssue.INVALID_LANDMARKS);
            }
        }
        double sum = 0;
        for (Finger f : Finger.LONG_FINGERS) {
            for (Joint j : Joint.tamJoints(f)) {
                double bend = Vec3.angleDegrees(p[j.vertex].minus(p[j.from]), p[j.to].minus(p[j.vertex]));
                if (Double.isNaN(bend)) {
                    return Measurement.notMeasured(EnumSet.of(QualityIssue.IMPLAUSIBLE_BONES));
                }
                sum += bend;
            }
        }
        return Measurement.of(sum / Finger.LONG_FINGERS.size());
    }

    /** True for an open hand, false for a closed one, empty when the bend could not be measured. */
    public static Optional<Boolean> isOpen(double[][] xy) {
        Measurement m = meanFingerBend(xy);
        return m.isMeasured() ? Optional.of(m.degrees() < OPEN_BELOW_DEGREES) : Optional.empty();
    }

    /** Reads a keypoint row's 42 numbers (x0, y0, x1, y1, ...) as 21 points. */
    public static double[][] fromFlat(double[] values) {
        if (values == null || values.length != 42) {
            throw new IllegalArgumentException("a 2D landmark row needs 42 numbers (21 x, y pairs), got "
                    + (values == null ? "none" : values.length));
        }
        double[][] out = new double[21][];
        for (int i = 0; i < 21; i++) {
            out[i] = new double[] {values[2 * i], values[2 * i + 1]};
        }
        return out;
    }
}
