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
    /** Behind the virtual hand on a plain background: a soft dark slate, calm and in the app's dark theme. */
    static final int PLAIN_BACKGROUND = 0xFF2B3640;

    private int cachedWidth = -1;
    private MirrorSettings cachedSettings;
    private int[] cachedMap;
    private int[] cachedRuns;
    private int[] cachedReflection;

    /**
     * Draws {@code src} into {@code dst} (width × height ARGB, row-major).
     *
     * @param hand the reflected working hand's mask in screen pixels, used only by HAND_ONLY; null when no hand is known
     */
    public void renderArgb(RgbImage src, MirrorSettings settings, HandMask hand, int[] dst) {
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
            int[] box = affectedBox(w, h, settings, hand);
            for (int y = box[2]; y < box[3]; y++) {
                blendRow(px, y * w * 3, cachedReflection, dst, y * w, box[0], box[1], hand, y);
            }
        }
        dimAffectedSide(w, h, settings, dst);
    }

    /**
     * Draws {@code src}, already in the screen's ARGB form, into {@code dst} (width × height ARGB, row-major).
     *
     * @param hand the reflected working hand's mask in screen pixels, used only by HAND_ONLY; null when no hand is known
     */
    public void renderArgb(ArgbImage src, MirrorSettings settings, HandMask hand, int[] dst) {
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
            int[] box = affectedBox(w, h, settings, hand);
            for (int y = box[2]; y < box[3]; y++) {
                blendRow(px, y * w, cachedReflection, dst, y * w, box[0], box[1], hand, y);
            }
        }
        dimAffectedSide(w, h, settings, dst);
    }

    /**
     * For the virtual hand: the affected side at a quarter of its brightness, so the real affected hand recedes behind
     * the drawn one while the room stays recognisable (two shifts and a mask a pixel); or, for the plain background, one
     * calm colour there.
     */
    private static void dimAffectedSide(int w, int h, MirrorSettings settings, int[] dst) {
        if (!settings.mode().virtualHand()) {
            return;
        }
        int seam = ColumnMap.seamColumn(w, settings.seam());
        int from = settings.affectedSide() == AffectedSide.LEFT ? 0 : seam;
        int to = settings.affectedSide() == AffectedSide.LEFT ? seam : w;
        boolean plain = settings.mode() == MirrorMode.VIRTUAL_HAND_PLAIN;
        for (int y = 0; y < h; y++) {
            if (plain) {
                java.util.Arrays.fill(dst, y * w + from, y * w + to, PLAIN_BACKGROUND);
                continue;
            }
            for (int i = y * w + from, end = y * w + to; i < end; i++) {
                dst[i] = OPAQUE_BLACK | (dst[i] >> 2) & 0x3F3F3F;
            }
        }
    }

    /** Same picture as a new RgbImage (tests, screenshots, anything not drawn on screen). */
    public RgbImage render(RgbImage src, MirrorSettings settings, HandMask hand) {
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

    /** Blends the reflection over one row where the mask shows it: fully inside the hand, softly at its edge. */
    private static void blendRow(int[] px, int srcRow, int[] map, int[] dst, int dstRow, int from, int to,
                                 HandMask hand, int y) {
        double[] row = hand.row(y + 0.5);
        if (row == null) {
            return;
        }
        int end = Math.min(to, (int) Math.ceil(row[3]));
        // Where the row is fully inside the hand the reflection is copied as it is; only the soft edges are blended.
        int solidFrom = row[4] >= 1 ? (int) Math.ceil(row[1] - 0.5) : end;
        int solidTo = row[4] >= 1 ? (int) Math.floor(row[2] - 0.5) + 1 : end;
        for (int x = Math.max(from, (int) Math.floor(row[0])); x < end; x++) {
            int sx = map[x];
            if (sx < 0) {
                continue;
            }
            if (x >= solidFrom && x < solidTo) {
                dst[dstRow + x] = px[srcRow + sx];
            } else {
                double a = HandMask.alongRow(row, x + 0.5);
                if (a > 0) {
                    dst[dstRow + x] = mix(px[srcRow + sx], dst[dstRow + x], a);
                }
            }
        }
    }

    private static void blendRow(byte[] px, int srcRow, int[] map, int[] dst, int dstRow, int from, int to,
                                 HandMask hand, int y) {
        double[] row = hand.row(y + 0.5);
        if (row == null) {
            return;
        }
        int end = Math.min(to, (int) Math.ceil(row[3]));
        for (int x = Math.max(from, (int) Math.floor(row[0])); x < end; x++) {
            int sx = map[x];
            double a = HandMask.alongRow(row, x + 0.5);
            if (sx >= 0 && a > 0) {
                int p = srcRow + sx * 3;
                int rgb = OPAQUE_BLACK | (px[p] & 0xFF) << 16 | (px[p + 1] & 0xFF) << 8 | (px[p + 2] & 0xFF);
                dst[dstRow + x] = mix(rgb, dst[dstRow + x], a);
            }
        }
    }

    /** {@code a} of the first colour over the second, channel by channel, opaque. */
    static int mix(int over, int under, double a) {
        if (a >= 1) {
            return over;
        }
        int k = (int) Math.round(a * 256);
        int r = ((over >> 16 & 0xFF) * k + (under >> 16 & 0xFF) * (256 - k)) >> 8;
        int g = ((over >> 8 & 0xFF) * k + (under >> 8 & 0xFF) * (256 - k)) >> 8;
        int b = ((over & 0xFF) * k + (under & 0xFF) * (256 - k)) >> 8;
        return OPAQUE_BLACK | r << 16 | g << 8 | b;
    }

    /** Screen columns [from, to) and rows [y0, y1) where the mask can show, clipped to the affected side. */
    private static int[] affectedBox(int w, int h, MirrorSettings s, HandMask hand) {
        int seam = ColumnMap.seamColumn(w, s.seam());
        double[] b = hand.bounds();
        boolean affectedLeft = s.affectedSide() == AffectedSide.LEFT;
        int from = Math.max(affectedLeft ? 0 : seam, (int) Math.floor(b[0]));
        int to = Math.min(affectedLeft ? seam : w, (int) Math.ceil(b[2]));
        int y0 = Math.max(0, (int) Math.floor(b[1]));
        int y1 = Math.min(h, (int) Math.ceil(b[3]));
        return from < to ? new int[] {from, to, y0, y1} : new int[] {0, 0, 0, 0};
    }

}
