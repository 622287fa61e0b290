package org.mirrorhand.history;

/**
 * Range of motion of one hand over one session.
 *
 * @param peakOpening        widest opening index reached (0 = fist, 1 = flat open hand)
 * @param openingUncertainty ± on the opening index
 * @param extensionDeg       per finger, the best extension angle (180 = straight finger)
 * @param tamDeg             per finger, total active motion (sum of MCP, PIP and DIP flexion minus extension deficits)
 * @param uncertaintyDeg     per finger, ± on both angles (spread of the pose estimate)
 */
public record RomMeasurement(Side hand, double peakOpening, double openingUncertainty, FingerValues extensionDeg,
                             FingerValues tamDeg, FingerValues uncertaintyDeg) {
}
