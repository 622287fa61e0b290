package org.mirrorhand.pose;

import java.nio.FloatBuffer;
import org.mirrorhand.capture.RgbImage;

/**
 * Cuts a rotated region of an image into a float tensor, as MediaPipe's ImageToTensorCalculator does on the CPU: the
 * region (optionally padded to the tensor's aspect ratio) is mapped corner to corner onto the tensor, each tensor
 * pixel (u, v) samples the image bilinearly at that mapped point (OpenCV's warpPerspective convention, pixel i at
 * coordinate i), and values are scaled to [0, 1]. Outside the image the border is black (palm detection) or the
 * nearest edge pixel (hand landmarks). Called on the inference thread; holds no state besides the mapping.
 */
final class RegionCrop {

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

    /** Writes tensorHeight x tensorWidth x 3 floats (RGB in [0, 1]) into out, starting at its position 0. */
    void warp(RgbImage image, FloatBuffer out, boolean zeroBorder) {
        int iw = image.width();
        int ih = image.height();
        byte[] px = image.pixels();
        double du = width / tensorWidth;
        float inv = 1f / 255f;
        int o = 0;
        for (int v = 0; v < tensorHeight; v++) {
            double ly = (v / (double) tensorHeight - 0.5) * height;
            double lx0 = -0.5 * width;
            double sx = cx + cos * lx0 - sin * ly;
            double sy = cy + sin * lx0 + cos * ly;
            for (int u = 0; u < tensorWidth; u++, sx += cos * du, sy += sin * du) {
                int x0 = (int) Math.floor(sx);
                int y0 = (int) Math.floor(sy);
                float fx = (float) (sx - x0);
                float fy = (float) (sy - y0);
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
                out.put(o++, r * inv);
                out.put(o++, g * inv);
                out.put(o++, b * inv);
            }
        }
    }
}
