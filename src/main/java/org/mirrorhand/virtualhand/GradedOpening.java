package org.mirrorhand.virtualhand;

/**
 * Graded movement: the virtual hand opens only part of the way from the person's fist toward the working hand's pose.
 * Each bone's direction (in the palm frame) is turned along the great circle from its fist direction to its current
 * one by the grade, so at 50 % every joint bends half-way between the fist and the working hand's opening. The fist is
 * the most closed pose seen (the first fist the person makes calibrates it) unless one is set. No allocation per frame.
 * One thread.
 */
public final class GradedOpening {

    private final RigPose fist = new RigPose();
    private double fistClosure = Double.NEGATIVE_INFINITY;
    private final double[] current = new double[3 * HandBones.LANDMARKS];
    private final double[] fistAxis = new double[3];
    private final double[] nowAxis = new double[3];
    private final double[] axis = new double[3];
    private double grade = 1;

    /** @param fraction 0 (the fist whatever the working hand does) to 1 (the working hand's own opening) */
    public void setGrade(double fraction) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("the grade is a fraction from 0 to 1, not " + fraction);
        }
        grade = fraction;
    }

    public double grade() {
        return grade;
    }

    /** Keeps {@code pose} as the fist when it is the most closed seen so far. */
    void observe(RigPose pose) {
        double c = pose.closureDegrees();
        if (c > fistClosure) {
            fistClosure = c;
            fist.copyFrom(pose);
        }
    }

    /** Uses {@code pose} as the calibrated fist from now on (the most closed pose still wins if one comes). */
    void calibrateFist(RigPose pose) {
        fist.copyFrom(pose);
        fistClosure = pose.closureDegrees();
    }

    /** The calibrated fist; meaningful only when {@link #fistKnown()}. */
    RigPose fist() {
        return fist;
    }

    boolean fistKnown() {
        return fistClosure != Double.NEGATIVE_INFINITY;
    }

    /**
     * Turns {@code pose}'s bones in place to the graded opening; the palm keeps the working hand's orientation. Each
     * joint's bend (the turn from the bone before it to the bone after it) goes the graded way from the fist's bend to
     * the working hand's, so bends add up along a finger the way they do in a real one.
     */
    void apply(RigPose pose) {
        if (grade >= 1 || !fistKnown()) {
            return;
        }
        System.arraycopy(pose.directions, 0, current, 0, current.length);
        double[] f = fist.directions;
        double[] out = pose.directions;
        for (int i = 1; i < HandBones.LANDMARKS; i++) {
            int a = HandBones.parent(i);
            if (a == 0) {
                // The bones in the palm barely move against it: turn them directly.
                slerp(f, out, 3 * i, grade);
                continue;
            }
            double fistBend = axis(f, 3 * a, 3 * i, fistAxis);
            double nowBend = axis(current, 3 * a, 3 * i, nowAxis);
            for (int k = 0; k < 3; k++) {
                axis[k] = (1 - grade) * fistBend * fistAxis[k] + grade * nowBend * nowAxis[k];
            }
            RigPose.normalise(axis, 0);
            rotate(out, 3 * a, axis, (1 - grade) * fistBend + grade * nowBend, out, 3 * i);
        }
    }

    /** The bend from unit vector at {@code a} to the one at {@code b} in radians; its axis into {@code axisOut}. */
    static double axis(double[] d, int a, int b, double[] axisOut) {
        axisOut[0] = d[a + 1] * d[b + 2] - d[a + 2] * d[b + 1];
        axisOut[1] = d[a + 2] * d[b] - d[a] * d[b + 2];
        axisOut[2] = d[a] * d[b + 1] - d[a + 1] * d[b];
        double sin = Math.sqrt(axisOut[0] * axisOut[0] + axisOut[1] * axisOut[1] + axisOut[2] * axisOut[2]);
        double cos = d[a] * d[b] + d[a + 1] * d[b + 1] + d[a + 2] * d[b + 2];
        RigPose.normalise(axisOut, 0);
        return Math.atan2(sin, cos);
    }

    /** Rodrigues' rotation of the unit vector at {@code v[o]} about a unit axis, written to {@code out[p]}. */
    static void rotate(double[] v, int o, double[] k, double angle, double[] out, int p) {
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        double x = v[o];
        double y = v[o + 1];
        double z = v[o + 2];
        double kv = k[0] * x + k[1] * y + k[2] * z;
        out[p] = x * c + (k[1] * z - k[2] * y) * s + k[0] * kv * (1 - c);
        out[p + 1] = y * c + (k[2] * x - k[0] * z) * s + k[1] * kv * (1 - c);
        out[p + 2] = z * c + (k[0] * y - k[1] * x) * s + k[2] * kv * (1 - c);
        RigPose.normalise(out, p);
    }

    /** Writes into {@code to[o..o+3)} the unit vector {@code t} of the way from {@code from} to {@code to}. */
    private static void slerp(double[] from, double[] to, int o, double t) {
        double cos = from[o] * to[o] + from[o + 1] * to[o + 1] + from[o + 2] * to[o + 2];
        cos = Math.max(-1, Math.min(1, cos));
        double angle = Math.acos(cos);
        double a;
        double b;
        if (angle < 1e-6) {
            a = 1 - t;
            b = t;
        } else {
            double s = Math.sin(angle);
            a = Math.sin((1 - t) * angle) / s;
            b = Math.sin(t * angle) / s;
        }
        for (int k = 0; k < 3; k++) {
            to[o + k] = a * from[o + k] + b * to[o + k];
        }
        RigPose.normalise(to, o);
    }
}
