package org.mirrorhand.pose;

import java.nio.FloatBuffer;
import org.mirrorhand.capture.RgbImage;

/**
 * Cuts a rotated region of an image into a float tensor, as MediaPipe's ImageToTensorCalculator does: the region
 * (optionally padded to the tensor's aspect ratio) is mapped corner to corner onto the tensor, each tensor pixel
 * samples the image bilinearly near the mapped point ({@link PixelSampling} says exactly where and how), and values are
 * scaled to [0, 1]. Outside the image the border is black (palm detection) or the nearest edge pixel (hand
 * landmarks). Called on the inference thread; holds no state besides the mapping.
 */
final class RegionCrop {

    // OpenCV's fixed-point bilinear interpolation for 8-bit images: positions in 1/32 pixel, weights summing to 2^15.
    private static final int SUBPIXEL_BITS = 5;
    private static final int SUBPIXELS = 1 << SUBPIXEL_BITS;
    private static final int WEIGHT_BITS = 15;
    private static final int HALF_WEIGHT = 1 << (WEIGHT_BITS - 1);
    private static final int FRACTION_BITS = 32;
    private static final long FRACTION = 1L << FRACTION_BITS;
    private static final float[] BYTE_TO_UNIT = new float[256];

    static {
        for (int i = 0; i < 256; i++) {
            BYTE_TO_UNIT[i] = i * (1f / 255f);
        }
    }

    private final double cx;
    private final double cy;
    private final double width;
    private final double height;
    private final double cos;
    private final double sin;
    private final int tensorWidth;
    private final int tensorHeight;
    private final Letterbox letterbox;

    private RegionCrop(double cx, double cy, double width, double height, double rotation, int tensorWidth,
                       int tensorHeight, Letterbox letterbox) {
        this.cx = cx;
        this.cy = cy;
        this.width = width;
        this.height = height;
        this.cos = Math.cos(rotation);
        this.sin = Math.sin(rotation);
        this.tensorWidth = tensorWidth;
        this.tensorHeight = tensorHeight;
        this.letterbox = letterbox;
    }

    /** The mapping for a normalised rect of an image of the given size, padded to the tensor's aspect if asked. */
    static RegionCrop of(NormRect rect, int imageWidth, int imageHeight, int tensorWidth, int tensorHeight,
                         boolean keepAspectRatio) {
        double w = rect.width() * imageWidth;
        double h = rect.height() * imageHeight;
        Letterbox pad = Letterbox.NONE;
        if (keepAspectRatio) {
            double tensorAspect = (double) tensorHeight / tensorWidth;
            double roiAspect = h / w;
            if (tensorAspect > roiAspect) {
                double vertical = (1 - roiAspect / tensorAspect) / 2;
                h = w * tensorAspect;
                pad = new Letterbox(0, vertical, 0, vertical);
            } else {
                double horizontal = (1 - tensorAspect / roiAspect) / 2;
                w = h / tensorAspect;
                pad = new Letterbox(horizontal, 0, horizontal, 0);
            }
        }
        return new RegionCrop(rect.xCenter() * imageWidth, rect.yCenter() * imageHeight, w, h, rect.rotation(),
                tensorWidth, tensorHeight, pad);
    }

    /** The whole image, letterboxed: what palm detection sees. */
    static RegionCrop wholeImage(int imageWidth, int imageHeight, int tensorSize) {
        return of(new NormRect(0.5, 0.5, 1, 1, 0), imageWidth, imageHeight, tensorSize, tensorSize, true);
    }

    Letterbox letterbox() {
        return letterbox;
    }

    /** Image pixel coordinates sampled by tensor coordinate (u, v). */
    double[] tensorToImage(double u, double v) {
        double lx = (u / tensorWidth - 0.5) * width;
        double ly = (v / tensorHeight - 0.5) * height;
        return new double[] {cx + cos * lx - sin * ly, cy + sin * lx + cos * ly};
    }

    /**
     * Writes tensorHeight x tensorWidth x 3 floats (RGB in [0, 1]) into out, starting at its position 0.
     *
     * @param row scratch space of at least tensorWidth x 3 floats, reused between calls to avoid garbage
     */
    void warp(RgbImage image, FloatBuffer out, boolean zeroBorder, PixelSampling sampling, float[] row) {
        if (sampling == PixelSampling.CPU) {
            warpAsOpenCv(image, out, zeroBorder, row);
        } else {
            warpAsGpu(image, out, zeroBorder, row);
        }
    }

    /**
     * OpenCV's warpPerspective on 8-bit pixels, as MediaPipe's CPU ImageToTensorCalculator runs it: tensor pixel u
     * samples the point the corner-to-corner mapping gives for u itself (image pixel i at coordinate i), the point is
     * rounded to 1/32 pixel, the four neighbours are weighted in 15-bit fixed point and the result rounded to a byte
     * before scaling to [0, 1].
     */
    private void warpAsOpenCv(RgbImage image, FloatBuffer out, boolean zeroBorder, float[] row) {
        int iw = image.width();
        int ih = image.height();
        byte[] px = image.pixels();
        double du = width / tensorWidth;
        // Positions in 1/32 pixel carried with 32 more bits of fraction, so stepping along a row stays exact to far
        // below OpenCV's own double arithmetic and the per-pixel rounding is a shift.
        long stepX = Math.round(cos * du * SUBPIXELS * FRACTION);
        long stepY = Math.round(sin * du * SUBPIXELS * FRACTION);
        int stride = iw * 3;
        double lx0 = -0.5 * width;
        for (int v = 0; v < tensorHeight; v++) {
            double ly = ((double) v / tensorHeight - 0.5) * height;
            long ax = Math.round((cx + cos * lx0 - sin * ly) * SUBPIXELS * FRACTION) + FRACTION / 2;
            long ay = Math.round((cy + sin * lx0 + cos * ly) * SUBPIXELS * FRACTION) + FRACTION / 2;
            int o = 0;
            for (int u = 0; u < tensorWidth; u++, ax += stepX, ay += stepY) {
                int qx = (int) (ax >> FRACTION_BITS);
                int qy = (int) (ay >> FRACTION_BITS);
                int x0 = qx >> SUBPIXEL_BITS;
                int y0 = qy >> SUBPIXEL_BITS;
                int fx = qx & (SUBPIXELS - 1);
                int fy = qy & (SUBPIXELS - 1);
                int w00 = (SUBPIXELS - fx) * (SUBPIXELS - fy) * SUBPIXELS;
                int w10 = fx * (SUBPIXELS - fy) * SUBPIXELS;
                int w01 = (SUBPIXELS - fx) * fy * SUBPIXELS;
                int w11 = fx * fy * SUBPIXELS;
                if (x0 >= 0 && y0 >= 0 && x0 < iw - 1 && y0 < ih - 1) {
                    int p = y0 * stride + x0 * 3;
                    int q = p + stride;
                    for (int c = 0; c < 3; c++) {
                        int sum = w00 * (px[p + c] & 0xFF) + w10 * (px[p + 3 + c] & 0xFF)
                                + w01 * (px[q + c] & 0xFF) + w11 * (px[q + 3 + c] & 0xFF);
                        row[o++] = BYTE_TO_UNIT[(sum + HALF_WEIGHT) >> WEIGHT_BITS];
                    }
                } else {
                    sampleAtBorderFixedPoint(px, iw, ih, x0, y0, fx, fy, zeroBorder, row, o);
                    o += 3;
                }
            }
            out.put(v * tensorWidth * 3, row, 0, tensorWidth * 3);
        }
    }

    private static void sampleAtBorderFixedPoint(byte[] px, int iw, int ih, int x0, int y0, int fx, int fy,
                                                 boolean zeroBorder, float[] row, int o) {
        for (int c = 0; c < 3; c++) {
            int sum = 0;
            for (int t = 0; t < 4; t++) {
                int x = x0 + (t & 1);
                int y = y0 + (t >> 1);
                if (x < 0 || y < 0 || x >= iw || y >= ih) {
                    if (zeroBorder) {
                        continue;
                    }
                    x = Math.max(0, Math.min(iw - 1, x));
                    y = Math.max(0, Math.min(ih - 1, y));
                }
                int weight = ((t & 1) == 0 ? SUBPIXELS - fx : fx) * ((t >> 1) == 0 ? SUBPIXELS - fy : fy) * SUBPIXELS;
                sum += weight * (px[(y * iw + x) * 3 + c] & 0xFF);
            }
            row[o + c] = BYTE_TO_UNIT[(sum + HALF_WEIGHT) >> WEIGHT_BITS];
        }
    }

    /** Texture lookups at pixel centres (+0.5 on both sides), in floating point, as MediaPipe's GPU path. */
    private void warpAsGpu(RgbImage image, FloatBuffer out, boolean zeroBorder, float[] row) {
        int iw = image.width();
        int ih = image.height();
        byte[] px = image.pixels();
        double du = width / tensorWidth;
        double stepX = cos * du;
        double stepY = sin * du;
        int stride = iw * 3;
        float inv = 1f / 255f;
        for (int v = 0; v < tensorHeight; v++) {
            double ly = ((v + 0.5) / tensorHeight - 0.5) * height;
            double lx0 = (0.5 / tensorWidth - 0.5) * width;
            double sx = cx + cos * lx0 - sin * ly - 0.5;
            double sy = cy + sin * lx0 + cos * ly - 0.5;
            int o = 0;
            for (int u = 0; u < tensorWidth; u++, sx += stepX, sy += stepY) {
                int x0 = (int) Math.floor(sx);
                int y0 = (int) Math.floor(sy);
                float fx = (float) (sx - x0);
                float fy = (float) (sy - y0);
                if (x0 >= 0 && y0 >= 0 && x0 < iw - 1 && y0 < ih - 1) {
                    // Inside: the four neighbours exist, no border rule needed.
                    int p = y0 * stride + x0 * 3;
                    int q = p + stride;
                    float w00 = (1 - fx) * (1 - fy);
                    float w10 = fx * (1 - fy);
                    float w01 = (1 - fx) * fy;
                    float w11 = fx * fy;
                    for (int c = 0; c < 3; c++) {
                        row[o++] = inv * (w00 * (px[p + c] & 0xFF) + w10 * (px[p + 3 + c] & 0xFF)
                                + w01 * (px[q + c] & 0xFF) + w11 * (px[q + 3 + c] & 0xFF));
                    }
                } else {
                    sampleAtBorder(px, iw, ih, x0, y0, fx, fy, zeroBorder, row, o);
                    o += 3;
                }
            }
            out.put(v * tensorWidth * 3, row, 0, tensorWidth * 3);
        }
    }

    /** Convenience for tests and one-off crops. */
    void warp(RgbImage image, FloatBuffer out, boolean zeroBorder, PixelSampling sampling) {
        warp(image, out, zeroBorder, sampling, new float[tensorWidth * 3]);
    }

    private static void sampleAtBorder(byte[] px, int iw, int ih, int x0, int y0, float fx, float fy,
                                       boolean zeroBorder, float[] row, int o) {
        float r = 0;
        float g = 0;
        float b = 0;
        for (int t = 0; t < 4; t++) {
            int x = x0 + (t & 1);
            int y = y0 + (t >> 1);
            float weight = ((t & 1) == 0 ? 1 - fx : fx) * ((t >> 1) == 0 ? 1 - fy : fy);
            if (x < 0 || y < 0 || x >= iw || y >= ih) {
                if (zeroBorder) {
                    continue;
                }
                x = Math.max(0, Math.min(iw - 1, x));
                y = Math.max(0, Math.min(ih - 1, y));
            }
            int p = (y * iw + x) * 3;
            r += weight * (px[p] & 0xFF);
            g += weight * (px[p + 1] & 0xFF);
            b += weight * (px[p + 2] & 0xFF);
        }
        float inv = 1f / 255f;
        row[o] = r * inv;
        row[o + 1] = g * inv;
        row[o + 2] = b * inv;
    }
}
