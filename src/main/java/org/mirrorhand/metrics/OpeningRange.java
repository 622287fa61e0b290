package org.mirrorhand.metrics;

/**
 * A person's range of hand opening, as the mean total flexion of the four long fingers (degrees) at their fist and
 * at their fullest opening. Maps a flexion to the opening index: 0 % at the fist, 100 % at the fullest opening.
 *
 * @param closedFlexionDegrees mean finger flexion of the person's fist (the larger number)
 * @param openFlexionDegrees   mean finger flexion of their fullest opening
 */
public record OpeningRange(double closedFlexionDegrees, double openFlexionDegrees) {

    public OpeningRange {
        if (!Double.isFinite(closedFlexionDegrees) || !Double.isFinite(openFlexionDegrees)) {
            throw new IllegalArgumentException("an opening range needs finite angles");
        }
        if (closedFlexionDegrees < openFlexionDegrees) {
            throw new IllegalArgumentException("the fist (" + closedFlexionDegrees
                    + " degrees) must be more flexed than the opening (" + openFlexionDegrees + " degrees)");
        }
    }

    public double spanDegrees() {
        return closedFlexionDegrees - openFlexionDegrees;
    }

    /** Opening index in percent, clamped to 0..100; 0 when the range has no span. */
    public double openingPercent(double meanFingerFlexion) {
        if (spanDegrees() <= 0) {
            return 0;
        }
        double p = 100 * (closedFlexionDegrees - meanFingerFlexion) / spanDegrees();
        return Math.max(0, Math.min(100, p));
    }
}
