package org.mirrorhand.history;

/**
 * Range of motion of one hand over one session.
 *
 * @param openingRangeDeg          how far the hand opens: mean long-finger flexion (MCP + PIP + DIP) at its fist minus
 *                                 at its fullest opening, degrees; comparing hands gives "opening as % of the other hand"
 * @param openingUncertaintyDeg    ± on that range, degrees
 * @param extensionDeg       per finger, the best extension angle: 180° minus the finger's summed extension deficits
 *                           (MCP, PIP, DIP; thumb MCP, IP), so 180 = straight
 * @param tamDeg             per finger, total active motion (sum of MCP, PIP and DIP flexion minus extension deficits)
 * @param uncertaintyDeg     per finger, ± on both angles (spread of the pose estimate)
 */
public record RomMeasurement(Side hand, double openingRangeDeg, double openingUncertaintyDeg, FingerValues extensionDeg,
                             FingerValues tamDeg, FingerValues uncertaintyDeg) {
}
