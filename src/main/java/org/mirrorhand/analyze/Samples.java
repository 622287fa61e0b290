package org.mirrorhand.analyze;

import java.util.Arrays;

/** A growing list of measurements in milliseconds, with the order statistics benchmarks print. */
final class Samples {
    private double[] values = new double[256];
    private int size;

    void add(double value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int size() {
        return size;
    }

    double mean() {
        return size == 0 ? Double.NaN : Arrays.stream(values, 0, size).sum() / size;
    }

    /** The p-th percentile (0..100) by the nearest-rank method; NaN when empty. */
    double percentile(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        double[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))];
    }
}
