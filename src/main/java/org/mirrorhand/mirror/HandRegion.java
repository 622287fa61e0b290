package org.mirrorhand.mirror;

/**
 * A box around the working hand in the camera's own picture, with coordinates normalised to 0..1 (as landmarks are).
 * The "hand only" mode draws the reflection of this box onto the affected side.
 */
public record HandRegion(double minX, double minY, double maxX, double maxY) {

    /** The box grown by a fraction of its size on each side, so fingertips are not clipped. */
    public HandRegion padded(double fraction) {
        double px = (maxX - minX) * fraction;
        double py = (maxY - minY) * fraction;
        return new HandRegion(minX - px, minY - py, maxX + px, maxY + py);
    }
}
