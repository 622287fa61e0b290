package org.mirrorhand.virtualhand;

/**
 * A One Euro filter (Casiez et al., CHI 2012) over a small vector: still hands are held very calm (low cut-off), quick
 * moves follow with little lag (the cut-off rises with speed). The virtual hand filters directions and the palm's axes
 * with it (unit vectors, renormalised by the caller), so it smooths rotations, never the positions of the joints.
 * Not {@code pose.OneEuroFilter}: that one is MediaPipe's per-coordinate filter, pinned by the reference tests; here
 * one speed (the vector's) sets one cut-off for all components, so a direction is never bent by uneven smoothing, and
 * a gap of over a second starts afresh. No allocation per sample. One thread.
 */
final class CalmFilter {

    private final int size;
    private final double minCutoffHz;
    private final double beta;
    private final double derivativeCutoffHz;
    private final double[] value;
    private final double[] derivative;
    private double lastMs = Double.NaN;

    CalmFilter(int size, double minCutoffHz, double beta, double derivativeCutoffHz) {
        this.size = size;
        this.minCutoffHz = minCutoffHz;
        this.beta = beta;
        this.derivativeCutoffHz = derivativeCutoffHz;
        value = new double[size];
        derivative = new double[size];
    }

    /** Filters {@code in[offset..offset+size)} in place, on frame time. */
    void filter(double[] in, int offset, double timeMs) {
        double dt = (timeMs - lastMs) / 1000.0;
        if (Double.isNaN(lastMs) || !(dt > 0) || dt > 1.0) {
            // First sample, time going back or a long gap: start afresh rather than glide from a stale pose.
            System.arraycopy(in, offset, value, 0, size);
            java.util.Arrays.fill(derivative, 0);
            lastMs = timeMs;
            return;
        }
        lastMs = timeMs;
        double ad = alpha(derivativeCutoffHz, dt);
        double speed = 0;
        for (int k = 0; k < size; k++) {
            derivative[k] += ad * ((in[offset + k] - value[k]) / dt - derivative[k]);
            speed += derivative[k] * derivative[k];
        }
        double a = alpha(minCutoffHz + beta * Math.sqrt(speed), dt);
        for (int k = 0; k < size; k++) {
            value[k] += a * (in[offset + k] - value[k]);
            in[offset + k] = value[k];
        }
    }

    void reset() {
        lastMs = Double.NaN;
    }

    private static double alpha(double cutoffHz, double dt) {
        double tau = 1 / (2 * Math.PI * cutoffHz);
        return 1 / (1 + tau / dt);
    }
}
