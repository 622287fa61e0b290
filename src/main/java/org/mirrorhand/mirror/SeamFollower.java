package org.mirrorhand.mirror;

/**
 * Where the mirror box's seam stands when it follows the working hand: just beyond the hand's landmarks on the affected
 * side, so the mirror never cuts the hand. It glides (at most {@link #MAX_SPEED} of the width per second of frame time),
 * ignores small changes of the hand's edge (no jitter), and jumps only when the hand would otherwise cross it. It always
 * stays where the reflection fills the affected side, so no part of the screen is black. One per session (it starts
 * afresh each time); one thread.
 */
public final class SeamFollower {

    /** The gap it keeps between the hand's outermost landmark and the seam, as a fraction of the width. */
    static final double MARGIN = 0.05;
    /** Closer than this, the seam jumps out of the hand's way at once. */
    static final double MIN_GAP = 0.02;
    /** Changes of the wanted place smaller than this are ignored. */
    static final double DEAD_BAND = 0.03;
    /** Fastest glide, in widths per second of frame time. */
    static final double MAX_SPEED = 0.3;
    /** A pause between frames longer than this moves the seam no further than this would. */
    private static final double MAX_STEP_MS = 200;

    private final AffectedSide affected;
    private double seam;
    private double lastMs = Double.NaN;
    private boolean gliding;
    private boolean placed;

    public SeamFollower(AffectedSide affected) {
        this.affected = affected;
        this.seam = 0.5;
    }

    /**
     * Moves the seam for one frame.
     *
     * @param minX the working hand's leftmost landmark on the screen (0..1 of the width, after the mirror view)
     * @param maxX its rightmost landmark
     * @return the seam, 0..1 of the screen width
     */
    public double follow(double timestampMs, double minX, double maxX) {
        double step = Double.isNaN(lastMs) ? 0 : Math.max(0, Math.min(MAX_STEP_MS, timestampMs - lastMs));
        lastMs = timestampMs;
        boolean left = affected == AffectedSide.LEFT;
        double wanted = clamp(left ? minX - MARGIN : maxX + MARGIN, affected);
        if (!placed) {
            placed = true;
            seam = wanted;
            return seam;
        }
        if (Math.abs(wanted - seam) > DEAD_BAND) {
            gliding = true;
        }
        if (gliding) {
            double most = MAX_SPEED * step / 1000;
            if (Math.abs(wanted - seam) <= most) {
                seam = wanted;
                gliding = false;
            } else {
                seam += Math.signum(wanted - seam) * most;
            }
        }
        double edge = left ? minX - MIN_GAP : maxX + MIN_GAP;
        if (left ? seam > edge : seam < edge) {
            seam = clamp(edge, affected);
        }
        return seam;
    }

    /** The seam now (0.5 until a hand was seen). */
    public double seam() {
        return seam;
    }

    /**
     * The nearest seam that leaves nothing black: the reflected half can be no wider than the half it reflects, so for
     * an affected left hand the seam stands at most in the middle, for an affected right hand at least in the middle.
     */
    public static double clamp(double seam, AffectedSide affected) {
        double lo = affected == AffectedSide.LEFT ? MirrorSettings.MIN_SEAM : 0.5;
        double hi = affected == AffectedSide.LEFT ? 0.5 : MirrorSettings.MAX_SEAM;
        return Math.max(lo, Math.min(hi, seam));
    }
}
