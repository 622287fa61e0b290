package org.mirrorhand.pose;

/** Milliseconds spent in each stage of one estimator call; palm is 0 when palm detection did not run. */
public record StageTimings(double palmMs, double landmarkMs, double totalMs, boolean palmDetectionRan) {
    public static final StageTimings NONE = new StageTimings(0, 0, 0, false);
}
