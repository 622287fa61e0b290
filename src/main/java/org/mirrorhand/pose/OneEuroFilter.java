package org.mirrorhand.pose;

/**
 * MediaPipe's OneEuroFilter (Casiez et al.): a low-pass filter whose cutoff rises with the filtered speed of the value.
 */
final class OneEuroFilter {

    private final double minCutoff;
    private final double beta;
    private final double derivateCutoff;
    private double frequency;
    private long lastTimeNs;
    private boolean hasX;
    private double rawX;
    private double x;
    private boolean hasDx;
    private double dx;

    OneEuroFilter(double frequency, double minCutoff, double beta, double derivateCutoff) {
        this.frequency = frequency;
        this.minCutoff = minCutoff;
        this.beta = beta;
        this.derivateCutoff = derivateCutoff;
    }

    double apply(long timestampNs, double valueScale, double value) {
        if (lastTimeNs >= timestampNs) {
            return value;
        }
        if (lastTimeNs != 0 && timestampNs != 0) {
            frequency = 1.0 / ((timestampNs - lastTimeNs) * 1e-9);
        }
        lastTimeNs = timestampNs;
        double dvalue = hasX ? (value - rawX) * valueScale * frequency : 0.0;
        dx = hasDx ? lowPass(dvalue, alpha(derivateCutoff), dx) : dvalue;
        hasDx = true;
        double cutoff = minCutoff + beta * Math.abs(dx);
        x = hasX ? lowPass(value, alpha(cutoff), x) : value;
        rawX = value;
        hasX = true;
        return x;
    }

    private static double lowPass(double value, double alpha, double previous) {
        return alpha * value + (1 - alpha) * previous;
    }

    private double alpha(double cutoff) {
        double te = 1.0 / frequency;
        double tau = 1.0 / (2 * Math.PI * cutoff);
        return 1.0 / (1.0 + tau / te);
    }
}
