package org.mirrorhand.metrics;

import java.util.OptionalDouble;

/**
 * What one frame did for one hand, for live feedback.
 *
 * @param hand           the hand's session identity (1-based)
 * @param handedness     its settled MediaPipe label
 * @param measurement    this frame's angles with their quality flags (speed included)
 * @param openingPercent the smoothed opening index, empty until the range is established
 * @param repCount       reps so far
 * @param repCounted     true when a rep was counted at this very frame
 */
public record HandUpdate(int hand, String handedness, HandMeasurement measurement, OptionalDouble openingPercent,
                         int repCount, boolean repCounted) {
}
