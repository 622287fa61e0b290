package org.mirrorhand.metrics;

import java.util.Map;

/**
 * One hand's range of motion over a session.
 *
 * @param framesSeen          frames in which this hand was found
 * @param framesPassed        of those, frames whose hand as a whole passed the quality flag
 * @param passedShare         framesPassed / framesSeen (0 when none seen)
 * @param calibrated          whether the opening range came from a calibration rather than adapting
 * @param fistFlexionDegrees  mean finger flexion at the closed end of the opening range; null until established
 * @param openFlexionDegrees  mean finger flexion at the open end; null until established
 * @param fingers             per finger ("thumb", "index", ...) its joints' best extension and flexion and TAM
 * @param widestSpreadDegrees per adjacent pair ("index_middle", ...), the widest spread measured; null if never
 */
public record RangeOfMotion(int framesSeen, int framesPassed, double passedShare, boolean calibrated,
                            Double fistFlexionDegrees, Double openFlexionDegrees, Map<String, FingerRom> fingers,
                            Map<String, Double> widestSpreadDegrees) {
}
