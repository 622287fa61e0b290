package org.mirrorhand.capture;

/**
 * A picture as packed opaque ARGB ints (0xFFRRGGBB), rows top to bottom, no row padding: the layout the screen buffer
 * takes, so drawing it is a plain copy. The array is shared, not copied; whoever makes an image must not change it after.
 */
public record ArgbImage(int width, int height, int[] pixels) {

    public ArgbImage {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive, got " + width + "x" + height);
        }
        if (pixels.length != width * height) {
            throw new IllegalArgumentException(
                    "expected " + (width * height) + " pixels for " + width + "x" + height + ", got " + pixels.length);
        }
    }

    /** The same picture as RGB bytes (what the pose engine reads). */
    public RgbImage toRgb() {
        return toRgb(new byte[pixels.length * 3]);
    }

    /**
     * The same picture as RGB bytes written into {@code out} (width × height × 3 bytes), so a thread converting every
     * frame can reuse one array instead of making a multi-megabyte one per frame for the garbage collector.
     */
    public RgbImage toRgb(byte[] out) {
        for (int i = 0, o = 0; i < pixels.length; i++, o += 3) {
            int p = pixels[i];
            out[o] = (byte) (p >> 16);
            out[o + 1] = (byte) (p >> 8);
            out[o + 2] = (byte) p;
        }
        return new RgbImage(width, height, out);
    }

    /** The same picture as opaque ARGB ints. */
    public static ArgbImage fromRgb(RgbImage rgb) {
        byte[] px = rgb.pixels();
        int[] out = new int[rgb.width() * rgb.height()];
        for (int i = 0, p = 0; i < out.length; i++, p += 3) {
            out[i] = 0xFF000000 | (px[p] & 0xFF) << 16 | (px[p + 1] & 0xFF) << 8 | (px[p + 2] & 0xFF);
        }
        return new ArgbImage(rgb.width(), rgb.height(), out);
    }
}
