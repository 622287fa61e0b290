package org.mirrorhand.pose;

/**
 * One landmark. In image landmarks x and y are normalised by the image width and height and z is MediaPipe's relative
 * depth (scaled like x); in world landmarks all three are metres from the hand's centre.
 */
public record Landmark(double x, double y, double z) {
}
