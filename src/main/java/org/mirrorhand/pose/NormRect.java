package org.mirrorhand.pose;

/**
 * A rotated rectangle in normalised image coordinates, as MediaPipe's NormalizedRect: centre and size divided by the
 * image width and height, rotation in radians (clockwise on screen, because image y points down).
 */
record NormRect(double xCenter, double yCenter, double width, double height, double rotation) {
}
