package org.mirrorhand.metrics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bookkeeping of one rep from the moment the hand leaves its closed band until it is closed again: peak opening,
 * each joint's least flexion (from measured values only) and the open-phase samples for the end-range hold.
 * Owned by one {@link ExtensionRepCounter}.
 */
final class RepInProgress {

    /** Bounded: a hand held open for many minutes must not grow memory without limit. */
    private static final int MAX_OPEN_SAMPLES = 100_000;

    private final RepCounterSettings settings;
    private final double startMs;
    private final Map<Joint, Double> leastFlexion = new EnumMap<>(Joint.class);
    private final List<double[]> openSamples = new ArrayList<>();
    private double peak;
    private int number;
    private double openMs;

    RepInProgress(RepCounterSettings settings, double startMs) {
        this.settings = settings;
        this.startMs = startMs;
    }

    void observe(double ms, double index, HandMeasurement m, boolean open) {
        peak = Math.max(peak, index);
        for (Joint j : Joint.values()) {
            Measurement f = m.flexion(j);
            if (f.isMeasured()) {
                leastFlexion.merge(j, f.degrees(), Math::min);
            }
        }
        if (open && openSamples.size() < MAX_OPEN_SAMPLES) {
            openSamples.add(new double[] {ms, index});
        }
    }

    void countedAt(int repNumber, double ms) {
        this.number = repNumber;
        this.openMs = ms;
    }

    /** The rep as it stands; {@code endMs} null while it is still open. */
    Rep rep(Double endMs) {
        return new Rep(number, startMs, openMs, endMs, peak, holdMs(), extension());
    }

    private double holdMs() {
        double hold = 0;
        double floor = peak - settings.endRangeMarginPercent();
        for (int i = 1; i < openSamples.size(); i++) {
            double[] a = openSamples.get(i - 1);
            double[] b = openSamples.get(i);
            if (a[1] >= floor && b[1] >= floor) {
                hold += b[0] - a[0];
            }
        }
        return hold;
    }

    private Map<String, Map<String, Double>> extension() {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        for (Finger f : Finger.values()) {
            Map<String, Double> joints = new LinkedHashMap<>();
            for (Joint j : Joint.of(f)) {
                joints.put(j.shortName(), leastFlexion.get(j));
            }
            out.put(f.label(), joints);
        }
        return out;
    }
}
