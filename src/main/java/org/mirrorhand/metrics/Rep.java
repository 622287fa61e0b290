package org.mirrorhand.metrics;

import java.util.Map;

/**
 * One extension rep: the hand rose from its closed band into its open band.
 *
 * @param number              1-based count of this hand's reps
 * @param startMs             frame time the hand last was in its closed band before opening
 * @param openMs              frame time it arrived in the open band (the moment the rep counted)
 * @param endMs               frame time it was back in the closed band, or null while still open / when the
 *                            recording ended first
 * @param peakOpeningPercent  highest smoothed opening index during the rep
 * @param holdMs              time spent within a few points of that peak: how long end-range was held
 * @param peakExtensionDegrees per finger ("index") and joint ("pip"), the least flexion measured during the rep
 *                            (negative = hyperextended); null where no frame of the rep passed the quality flag
 */
public record Rep(int number, double startMs, double openMs, Double endMs, double peakOpeningPercent,
                  double holdMs, Map<String, Map<String, Double>> peakExtensionDegrees) {
}
