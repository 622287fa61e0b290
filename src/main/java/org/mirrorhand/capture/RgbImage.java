package org.mirrorhand.capture;

/**
 * An RGB picture held in memory: 3 bytes per pixel (R, G, B), rows top to bottom, no row padding.
 * The array is shared, not copied; whoever makes an image must not change it afterwards.
 */
public record RgbImage(int width, int height, byte[] pixels) {

    public RgbImage {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive, got " + width + "x" + height);
        }
        if (pixels.length != width * height * 3) {
            throw new IllegalArgumentException(
                    "expected " + (width * height * 3) + " bytes for " + width + "x" + height + ", got " + pixels.length);
        }
    }
}
