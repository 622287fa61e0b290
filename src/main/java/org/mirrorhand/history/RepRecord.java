package org.mirrorhand.history;

/**
 * One finger-extension rep as counted: times are milliseconds from the session's start. A rep is stored the moment
 * it counts (end = open, hold = 0) and completed when the hand closes again.
 *
 * @param number          1-based count within the session and hand
 * @param hand            which hand made the rep
 * @param peakOpeningPercent opening index at the rep's widest point: 0 = this hand's fist, 100 = its fullest opening
 * @param peakExtensionDeg per finger, the straightest the finger got in the rep, as an extension angle (see
 *                        {@link RomMeasurement}); NaN where no frame passed the quality checks
 * @param holdMs          how long the hand stayed open
 */
public record RepRecord(int number, Side hand, long startMs, long openMs, long endMs, double peakOpeningPercent,
                        FingerValues peakExtensionDeg, long holdMs) {
}
