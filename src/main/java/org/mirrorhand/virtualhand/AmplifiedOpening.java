package org.mirrorhand.virtualhand;

/**
 * Amplified feedback, for a survivor with a little movement: the virtual hand shows the affected hand's own opening
 * made bigger. Each finger joint's bend away from that hand's calibrated fist is multiplied (10° of real extension
 * with ×4 is shown as 40°), and no joint opens past straight, a natural full opening. Only the drawing is amplified;
 * the stored count reads the tracked hand. No allocation per frame. One thread.
 */
public final class AmplifiedOpening {

    /** The factors a therapist may choose; 1 is off. */
    public static final int MAX_FACTOR = 4;

    private final double[] current = new double[3 * HandBones.LANDMARKS];
    private final double[] fistAxis = new double[3];
    private final double[] nowAxis = new double[3];
    private final double[] axis = new double[3];
    private int factor = 1;

    /** @param factor 1 (off) to {@link #MAX_FACTOR} */
    public void setFactor(int factor) {
        if (factor < 1 || factor > MAX_FACTOR) {
            throw new IllegalArgumentException("the amplification is 1 (off) to " + MAX_FACTOR + ", not " + factor);
        }
        this.factor = factor;
    }

    public int factor() {
        return factor;
    }

    /** Turns {@code pose}'s finger bones in place to the amplified opening, from {@code fist}; the palm is kept. */
    void apply(RigPose pose, RigPose fist) {
        if (factor == 1) {
            return;
        }
        System.arraycopy(pose.directions, 0, current, 0, current.length);
        double[] f = fist.directions;
        double[] out = pose.directions;
        for (int i = 1; i < HandBones.LANDMARKS; i++) {
            int a = HandBones.parent(i);
            if (a == 0) {
                continue; // the bones in the palm barely move against it: amplifying them would only amplify noise
            }
            double fistBend = GradedOpening.axis(f, 3 * a, 3 * i, fistAxis);
            double nowBend = GradedOpening.axis(current, 3 * a, 3 * i, nowAxis);
            double shown = Math.max(0, Math.min(Math.PI, fistBend - factor * (fistBend - nowBend)));
            // Both bends are about the finger's own hinge; weighting by them keeps the axis steady near straight.
            for (int k = 0; k < 3; k++) {
                axis[k] = fistBend * fistAxis[k] + nowBend * nowAxis[k];
            }
            if (axis[0] * axis[0] + axis[1] * axis[1] + axis[2] * axis[2] < 1e-12) {
                System.arraycopy(out, 3 * a, out, 3 * i, 3); // straight in the fist and now: stays straight
                continue;
            }
            RigPose.normalise(axis, 0);
            GradedOpening.rotate(out, 3 * a, axis, shown, out, 3 * i);
        }
    }
}
