package org.mirrorhand.metrics;

/**
 * Settles which mirror image one tracked hand is, so the sign of flexion does not hinge on MediaPipe's handedness
 * label (which can be wrong for a whole session, for example both hands called "Left"). Fingers curl toward the
 * palm far more than they bend back, so under the right chirality the long fingers' mean flexion is clearly
 * positive whenever the hand is not flat. The geometry's vote, capped per frame, overrides the label once it is
 * clear; before that the label decides. One per tracked hand, feeding thread only.
 */
final class ChiralityVote {

    /** Degrees of accumulated mean finger flexion before the geometry outvotes the label. */
    private static final double DECISIVE = 150;
    private static final double CAP_PER_FRAME = 100;

    private double vote;

    /** Adds one frame, given its mean long-finger flexion measured as if the label were "Left" (NaN: no vote). */
    void add(double meanFlexionAsLeft) {
        if (Double.isFinite(meanFlexionAsLeft)) {
            vote += Math.max(-CAP_PER_FRAME, Math.min(CAP_PER_FRAME, meanFlexionAsLeft));
        }
    }

    /** The settled chirality, or the label's when the geometry is not yet clear (null when there is neither). */
    Chirality decide(String label) {
        if (vote >= DECISIVE) {
            return Chirality.LABEL_LEFT;
        }
        if (vote <= -DECISIVE) {
            return Chirality.LABEL_RIGHT;
        }
        return Chirality.fromLabel(label);
    }
}
