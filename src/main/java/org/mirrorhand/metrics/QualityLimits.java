package org.mirrorhand.metrics;

/**
 * Thresholds of the quality checks. The defaults were chosen from anatomy and from MediaPipe's own output on the
 * project's reference media (see docs/metrics.md), not tuned to make one file pass.
 *
 * @param minPresence               hand presence below this: nothing is measured
 * @param minPalmWidthRatio         knuckle-row width (index to little MCP) over palm length (wrist to middle MCP);
 *                                  real hands are about 0.6-0.8, MediaPipe collapses the palm when it loses the shape
 * @param maxPalmWidthRatio         upper limit of the same ratio
 * @param minBoneRatio              shortest plausible finger bone as a share of palm length
 * @param maxBoneRatio              longest plausible finger bone as a share of palm length
 * @param edgeOnKnuckleAxisZ        knuckle row closer than this (|cos|) to the line of sight: the palm is edge-on
 * @param lineOfSightMinDegrees     bends at least this large are checked for coming from depth alone; 15, just past the
 *                                  ±10 degrees a single angle carries (docs/metrics.md says why)
 * @param lineOfSightImageShare     the bend seen in the picture plane must be at least this share of the 3D bend
 * @param outOfViewMargin           image landmarks further than this outside 0..1 are out of the picture
 * @param maxCurlForSpreadDegrees   MCP flexion above which a finger's spread is not measured
 * @param maxJointSpeedDegPerSecond joint angle change faster than this between frames: too fast to trust
 * @param maxPalmSpeedPerSecond     palm travel in the picture, in palm lengths per second, above which motion blur
 *                                  makes the shape untrustworthy
 * @param maxSpeedGapMs             frames further apart than this are not compared for speed (a pause, not motion)
 */
public record QualityLimits(double minPresence, double minPalmWidthRatio, double maxPalmWidthRatio,
                            double minBoneRatio, double maxBoneRatio, double edgeOnKnuckleAxisZ,
                            double lineOfSightMinDegrees, double lineOfSightImageShare, double outOfViewMargin,
                            double maxCurlForSpreadDegrees, double maxJointSpeedDegPerSecond,
                            double maxPalmSpeedPerSecond, double maxSpeedGapMs) {

    public static final QualityLimits DEFAULTS = new QualityLimits(0.5, 0.3, 1.3, 0.08, 0.75, 0.9,
            15, 0.5, 0.02, 45, 1500, 6, 500);
}
