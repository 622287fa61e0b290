package org.mirrorhand.history;

/**
 * One finger-extension rep as counted: times are milliseconds from the session's start.
 *
 * @param number          1-based count within the session and hand
 * @param hand            which hand made the rep
 * @param peakOpening     hand opening index at the rep's widest point (0 = fist, 1 = flat open hand)
 * @param peakExtensionDeg per finger, the largest extension angle reached in the rep
 * @param holdMs          how long the hand stayed open
 */
public record RepRecord(int number, Side hand, long startMs, long openMs, long endMs, double peakOpening,
                        FingerValues peakExtensionDeg, long holdMs) {
}
