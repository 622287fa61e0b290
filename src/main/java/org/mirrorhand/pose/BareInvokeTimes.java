package org.mirrorhand.pose;

/**
 * Median milliseconds of the bare model invocations (no pre- or post-processing), for comparing with whole-frame time.
 */
public record BareInvokeTimes(double palmMedianMs, double landmarkMedianMs, int runs) {

    /** One tracked frame with one hand runs only the landmark model. */
    public double trackingFrameMs() {
        return landmarkMedianMs;
    }
}
