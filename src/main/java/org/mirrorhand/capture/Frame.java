package org.mirrorhand.capture;

/**
 * One frame from a source (camera, video file, still image).
 *
 * @param index       0-based position in the source
 * @param timestampMs presentation time in milliseconds, monotonic within a source (for a camera: capture time)
 * @param image       the pixels
 */
public record Frame(long index, double timestampMs, RgbImage image) {
}
