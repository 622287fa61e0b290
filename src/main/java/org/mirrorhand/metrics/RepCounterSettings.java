package org.mirrorhand.metrics;

/**
 * Settings of the extension-rep counter. All times are frame time in milliseconds.
 *
 * @param closedBandPercent       opening index at or below which the hand is closed
 * @param openBandPercent         opening index at or above which the hand is open (the gap is the hysteresis)
 * @param minAmplitudeDegrees     least drop in mean finger flexion from the closed phase to the opening
 * @param minClosedMs             the fist must be held this long (and for two frames at least) before it arms the
 *                                counter or ends a rep, so one jittery frame in the closed band does neither
 * @param minRiseMs               least time from leaving the closed band to arriving open; a faster "opening" is a
 *                                tracking jump, and counts only if it is still open after this time
 * @param smoothingMs             time constant of the exponential smoothing of the raw signal
 * @param maxGapMs                a hand missing longer than this has to close again before its next rep counts
 * @param adaptiveMinFistDegrees  without calibration, the most-flexed posture seen must reach this mean finger
 *                                flexion before reps count, so a half-open hand is never taken for a fist
 * @param minRangeDegrees         least span between fist and fullest opening before reps count
 * @param endRangeMarginPercent   the hand is "at end-range" while within this many points of the rep's peak
 */
public record RepCounterSettings(double closedBandPercent, double openBandPercent, double minAmplitudeDegrees,
                                 double minClosedMs, double minRiseMs, double smoothingMs, double maxGapMs,
                                 double adaptiveMinFistDegrees, double minRangeDegrees,
                                 double endRangeMarginPercent) {

    public static final RepCounterSettings DEFAULTS = new RepCounterSettings(35, 65, 30, 100, 120, 150, 1500,
            160, 60, 10);

    public RepCounterSettings {
        if (!(closedBandPercent >= 0 && closedBandPercent < openBandPercent && openBandPercent <= 100)) {
            throw new IllegalArgumentException("need 0 <= closed band < open band <= 100, got "
                    + closedBandPercent + " and " + openBandPercent);
        }
        if (smoothingMs < 0 || minRiseMs < 0 || minClosedMs < 0 || maxGapMs <= 0) {
            throw new IllegalArgumentException("times must not be negative");
        }
    }
}
