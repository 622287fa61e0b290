package org.mirrorhand.pose;

import java.util.ArrayDeque;

/**
 * MediaPipe's RelativeVelocityFilter (legacy distance mode): a low-pass filter whose strength falls as the value's
 * recent speed, measured relative to the object's size, rises. Still hands are steadied, moving hands follow closely.
 */
final class RelativeVelocityFilter {

    private static final long ASSUMED_MAX_DURATION_NS = 1_000_000_000L / 30;

    private record Step(double distance, long durationNs) {
    }

    private final int windowSize;
    private final double velocityScale;
    private final ArrayDeque<Step> window = new ArrayDeque<>();
    private long lastTimestampNs = -1;
    private double lastValue;
    private double lastValueScale;
    private boolean hasStored;
    private double stored;

    RelativeVelocityFilter(int windowSize, double velocityScale) {
        this.windowSize = windowSize;
        this.velocityScale = velocityScale;
    }

    double apply(long timestampNs, double valueScale, double value) {
        if (lastTimestampNs >= timestampNs) {
            return value;
        }
        double alpha;
        if (lastTimestampNs == -1) {
            alpha = 1;
        } else {
            double distance = value * valueScale - lastValue * lastValueScale;
            long duration = timestampNs - lastTimestampNs;
            double cumulativeDistance = distance;
            long cumulativeDuration = duration;
            long maxCumulativeDuration = (1 + window.size()) * ASSUMED_MAX_DURATION_NS;
            for (Step s : window) {
                if (cumulativeDuration + s.durationNs() > maxCumulativeDuration) {
                    break; // old, long steps would distort the estimate
                }
                cumulativeDistance += s.distance();
                cumulativeDuration += s.durationNs();
            }
            double velocity = cumulativeDistance / (cumulativeDuration * 1e-9);
            alpha = 1 - 1 / (1 + velocityScale * Math.abs(velocity));
            window.addFirst(new Step(distance, duration));
            if (window.size() > windowSize) {
                window.removeLast();
            }
        }
        lastValue = value;
        lastValueScale = valueScale;
        lastTimestampNs = timestampNs;
        stored = hasStored ? alpha * value + (1 - alpha) * stored : value;
        hasStored = true;
        return stored;
    }
}
