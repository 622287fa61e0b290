package org.mirrorhand.mirror;

import org.mirrorhand.capture.ArgbImage;
import org.mirrorhand.capture.RgbImage;

/**
 * Draws a camera picture mirrored into a screen buffer (packed ARGB ints, as JavaFX's PixelBuffer takes) or into a new
 * RgbImage. No allocation per frame once the column runs for a size and setting are built. From an ARGB picture a straight
 * run is one array copy and a reversed run a plain int loop, so the screen's work per frame is close to a memory copy;
 * from RGB bytes each pixel is packed on the way.
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

    /**
     * Draws {@code src}, already in the screen's ARGB form, into {@code dst} (width × height ARGB, row-major).
     *
     * @param hand the working hand's box in camera coordinates, used only by HAND_ONLY; null when no hand is known
     */
    public void renderArgb(ArgbImage src, MirrorSettings settings, HandRegion hand, int[] dst) {
        int w = src.width();
        int h = src.height();
        if (dst.length < w * h) {
            throw new IllegalArgumentException("screen buffer holds " + dst.length + " pixels, picture has " + (w * h));
        }
        prepare(w, settings);
        int[] px = src.pixels();
        int[] runs = cachedRuns;
        for (int y = 0; y < h; y++) {
            copyRuns(px, y * w, runs, dst, y * w);
        }
        if (settings.mode() == MirrorMode.HAND_ONLY && hand != null) {
            int[] box = reflectedHandBox(w, h, settings, hand.padded(0.2));
            for (int y = box[2]; y < box[3] && box[0] < box[1]; y++) {
                copyRow(px, y * w, cachedReflection, dst, y * w, box[0], box[1]);
            }
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
            // map[x] >= 0: a black column (-1) right after a reversed run that reached camera column 0 is not its next step.
            while (x < map.length && (map[start] < 0 ? map[x] < 0 : step != 0 && map[x] >= 0 && map[x] == map[x - 1] + step)) {
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

    private static void copyRuns(int[] px, int srcRow, int[] runs, int[] dst, int dstRow) {
        for (int r = 0; r < runs.length; r += 4) {
            int d = dstRow + runs[r];
            int len = runs[r + 1];
            int sx = runs[r + 2];
            if (sx < 0) {
                java.util.Arrays.fill(dst, d, d + len, OPAQUE_BLACK);
            } else if (runs[r + 3] == 1) {
                System.arraycopy(px, srcRow + sx, dst, d, len);
            } else {
                for (int i = 0, p = srcRow + sx; i < len; i++, p--) {
                    dst[d + i] = px[p];
                }
            }
        }
    }

    private static void copyRow(int[] px, int srcRow, int[] map, int[] dst, int dstRow, int from, int to) {
        for (int x = from; x < to; x++) {
            int sx = map[x];
            dst[dstRow + x] = sx < 0 ? OPAQUE_BLACK : px[srcRow + sx];
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
        int[] box = reflectedHandBox(w, src.height(), s, hand);
        for (int y = box[2]; y < box[3] && box[0] < box[1]; y++) {
            copyRow(src.pixels(), y * w * 3, cachedReflection, dst, y * w, box[0], box[1]);
        }
    }

    /** Screen columns [from, to) and rows [y0, y1) of the reflected hand's box, clipped to the affected side. */
    private static int[] reflectedHandBox(int w, int h, MirrorSettings s, HandRegion hand) {
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
        return new int[] {from, to, y0, y1};
    }

    private static double screenX(double cameraX, boolean cameraFacesUser) {
        return cameraFacesUser ? 1 - cameraX : cameraX;
    }
}
