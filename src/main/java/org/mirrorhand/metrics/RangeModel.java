package org.mirrorhand.metrics;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Optional;

/**
 * The fist and fullest-opening ends of one hand's range, from a calibration or adapted to what the hand has shown.
 * Ends only move outward, and only on a value held for two of three consecutive frames (a median of three), so one
 * mistracked frame cannot stretch the range for the rest of the session. Owned by one {@link ExtensionRepCounter}.
 */
final class RangeModel {

    private final RepCounterSettings settings;
    private final boolean calibrated;
    private final Deque<Double> window = new ArrayDeque<>(3);
    private double closedEnd;
    private double openEnd;

    RangeModel(RepCounterSettings settings, OpeningRange calibration) {
        this.settings = settings;
        this.calibrated = calibration != null;
        this.closedEnd = calibrated ? calibration.closedFlexionDegrees() : Double.NaN;
        this.openEnd = calibrated ? calibration.openFlexionDegrees() : Double.NaN;
    }

    void add(double smoothedFlexion) {
        window.addLast(smoothedFlexion);
        if (window.size() > 3) {
            window.removeFirst();
        }
        if (window.size() < 2) {
            return;
        }
        double[] v = window.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        // The second-highest and second-lowest values of the window were each reached in at least two frames.
        extend(v[v.length - 2], v[1]);
    }

    /** A gap in the samples: the next ones are not consecutive with the last. */
    void breakWindow() {
        window.clear();
    }

    private void extend(double closedCandidate, double openCandidate) {
        if (Double.isNaN(closedEnd) || closedCandidate > closedEnd) {
            closedEnd = closedCandidate;
        }
        if (Double.isNaN(openEnd) || openCandidate < openEnd) {
            openEnd = openCandidate;
        }
    }

    boolean calibrated() {
        return calibrated;
    }

    /** The range once it can be trusted for counting: calibrated, or a real fist and enough span seen. */
    Optional<OpeningRange> established() {
        if (Double.isNaN(closedEnd) || Double.isNaN(openEnd)) {
            return Optional.empty();
        }
        boolean enough = closedEnd - openEnd >= settings.minRangeDegrees()
                && (calibrated || closedEnd >= settings.adaptiveMinFistDegrees());
        return enough ? Optional.of(new OpeningRange(closedEnd, openEnd)) : Optional.empty();
    }
}
