package org.mirrorhand.capture;

/**
 * What a frame source delivers.
 *
 * @param name       the file name as given, or the device name
 * @param width      frame width in pixels
 * @param height     frame height in pixels
 * @param fps        nominal frames per second; 0 for a still image or when the source does not say
 * @param frameCount frames the container says it holds; 1 for a still image, -1 when unknown (cameras)
 */
public record SourceInfo(String name, int width, int height, double fps, long frameCount) {
}
