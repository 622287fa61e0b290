package org.mirrorhand.mirror;

import org.mirrorhand.capture.RgbImage;

/**
 * Draws a camera picture mirrored into a screen buffer (packed ARGB ints, as JavaFX's PixelBuffer takes) or into a new
 * RgbImage. One lookup per pixel, no allocation per frame once the column table for a size and setting is built.
 * Not thread-safe: each drawing thread keeps its own renderer (the JavaFX thread for the screen).
 */
public final class MirrorRenderer {

    private static final int OPAQUE_BLACK = 0xFF000000;

    private int cachedWidth = -1;
    private MirrorSettings cachedSettings;
    private int[] cachedMap;
    private int[] cachedRuns;
    private int[] cachedReflection;

    /**
     * Draws {@code src} into {@code dst} (width × height ARGB, row-major).
     *
     * @param hand the working hand's box in camera coordinates, used only by HAND_ONLY; null when no hand is known
     */
    public void renderArgb(RgbImage src, MirrorSettings settings, HandRegion hand, int[] dst) {
        int w = src.width();
        int h = src.height();
        if (dst.length < w * h) {
            throw new IllegalArgumentException("screen buffer holds " + dst.length + " pixels, picture has " + (w * h));
        }
        prepare(w, settings);
        byte[] px = src.pixels();
        int[] runs = cachedRuns;
        for (int y = 0; y < h; y++) {
            copyRuns(px, y * w * 3, runs, dst, y * w);
        }
        if (settings.mode() == MirrorMode.HAND_ONLY && hand != null) {
            drawReflectedHand(src, settings, hand.padded(0.2), dst);
        }
    }

    /** Same picture as a new RgbImage (tests, screenshots, anything not drawn on screen). */
    public RgbImage render(RgbImage src, MirrorSettings settings, HandRegion hand) {
        int[] argb = new int[src.width() * src.height()];
        renderArgb(src, settings, hand, argb);
        byte[] out = new byte[argb.length * 3];
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            out[i * 3] = (byte) (p >> 16);
            out[i * 3 + 1] = (byte) (p >> 8);
            out[i * 3 + 2] = (byte) p;
        }
        return new RgbImage(src.width(), src.height(), out);
    }

    private void prepare(int width, MirrorSettings settings) {
        if (width == cachedWidth && settings.equals(cachedSettings)) {
            return;
        }
        cachedMap = ColumnMap.forMode(width, settings);
        cachedRuns = runs(cachedMap);
        cachedReflection = new int[width];
        ColumnMap.fillMirrorBox(cachedReflection, width, settings);
        cachedWidth = width;
        cachedSettings = settings;
    }

    /**
     * The column table as runs of (first screen column, length, first camera column, step of +1 or -1; camera column
     * -1 means black): every mode is a few straight or reversed runs, and copying a run needs no table lookup.
     */
    static int[] runs(int[] map) {
        int[] out = new int[map.length * 4];
        int n = 0;
        int x = 0;
        while (x < map.length) {
            int start = x;
            int step = 0;
            if (map[x] >= 0 && x + 1 < map.length && map[x + 1] >= 0 && Math.abs(map[x + 1] - map[x]) == 1) {
                step = map[x + 1] - map[x];
            }
            x++;
            while (x < map.length && (map[start] < 0 ? map[x] < 0 : step != 0 && map[x] == map[x - 1] + step)) {
                x++;
            }
            out[n++] = start;
            out[n++] = x - start;
            out[n++] = map[start];
            out[n++] = step == 0 ? 1 : step;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static void copyRuns(byte[] px, int srcRow, int[] runs, int[] dst, int dstRow) {
        for (int r = 0; r < runs.length; r += 4) {
            int d = dstRow + runs[r];
            int end = d + runs[r + 1];
            int sx = runs[r + 2];
            if (sx < 0) {
                java.util.Arrays.fill(dst, d, end, OPAQUE_BLACK);
                continue;
            }
            int p = srcRow + sx * 3;
            int step = runs[r + 3] * 3;
            for (; d < end; d++, p += step) {
                dst[d] = OPAQUE_BLACK | (px[p] & 0xFF) << 16 | (px[p + 1] & 0xFF) << 8 | (px[p + 2] & 0xFF);
            }
        }
    }

    private static void copyRow(byte[] px, int srcRow, int[] map, int[] dst, int dstRow, int from, int to) {
        for (int x = from; x < to; x++) {
            int sx = map[x];
            if (sx < 0) {
                dst[dstRow + x] = OPAQUE_BLACK;
            } else {
                int p = srcRow + sx * 3;
                dst[dstRow + x] = OPAQUE_BLACK | (px[p] & 0xFF) << 16 | (px[p + 1] & 0xFF) << 8 | (px[p + 2] & 0xFF);
            }
        }
    }

    /** Paints the mirror-box reflection only inside the reflected hand box on the affected side. */
    private void drawReflectedHand(RgbImage src, MirrorSettings s, HandRegion hand, int[] dst) {
        int w = src.width();
        int h = src.height();
        int seam = ColumnMap.seamColumn(w, s.seam());
        // The hand's box on the screen before reflection, then reflected about the seam.
        double a = screenX(hand.minX(), s.cameraFacesUser());
        double b = screenX(hand.maxX(), s.cameraFacesUser());
        int x0 = (int) Math.floor(2 * seam - Math.max(a, b) * w);
        int x1 = (int) Math.ceil(2 * seam - Math.min(a, b) * w);
        boolean affectedLeft = s.affectedSide() == AffectedSide.LEFT;
        int from = Math.max(affectedLeft ? 0 : seam, x0);
        int to = Math.min(affectedLeft ? seam : w, x1);
        int y0 = Math.max(0, (int) Math.floor(hand.minY() * h));
        int y1 = Math.min(h, (int) Math.ceil(hand.maxY() * h));
        for (int y = y0; y < y1 && from < to; y++) {
            copyRow(src.pixels(), y * w * 3, cachedReflection, dst, y * w, from, to);
        }
    }

    private static double screenX(double cameraX, boolean cameraFacesUser) {
        return cameraFacesUser ? 1 - cameraX : cameraX;
    }
}
