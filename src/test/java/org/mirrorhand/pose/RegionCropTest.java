package org.mirrorhand.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.FloatBuffer;
import org.junit.jupiter.api.Test;
import org.mirrorhand.capture.RgbImage;

class RegionCropTest {

    /** Red = x, green = y, blue = 7: bilinear sampling of it returns the sampled position exactly. */
    private static RgbImage gradient(int w, int h) {
        byte[] p = new byte[w * h * 3];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                p[(y * w + x) * 3] = (byte) x;
                p[(y * w + x) * 3 + 1] = (byte) y;
                p[(y * w + x) * 3 + 2] = 7;
            }
        }
        return new RgbImage(w, h, p);
    }

    @Test
    void eachTensorPixelSamplesTheRotatedRegionAtItsCentre() {
        RgbImage image = gradient(200, 160);
        NormRect rect = new NormRect(0.5, 0.5, 0.3, 0.375, 0.6); // 60 x 60 pixels, rotated
        RegionCrop crop = RegionCrop.of(rect, 200, 160, 16, 16, true);
        FloatBuffer out = FloatBuffer.allocate(16 * 16 * 3);
        crop.warp(image, out, true, PixelSampling.GPU);
        for (int v = 0; v < 16; v += 5) {
            for (int u = 0; u < 16; u += 5) {
                double[] at = crop.tensorToImage(u + 0.5, v + 0.5);
                int o = (v * 16 + u) * 3;
                assertEquals(at[0] - 0.5, out.get(o) * 255, 1e-3, "x sampled at tensor " + u + "," + v);
                assertEquals(at[1] - 0.5, out.get(o + 1) * 255, 1e-3, "y sampled at tensor " + u + "," + v);
                assertEquals(7, out.get(o + 2) * 255, 1e-3);
            }
        }
    }

    /**
     * MediaPipe's CPU graph samples with OpenCV's warpPerspective: tensor pixel u lands on the mapped point of u itself
     * (no half-pixel shift), the point is rounded to 1/32 pixel and the value to a whole byte. On a ramp of 4 levels
     * per pixel the byte is therefore round(4 x rounded position).
     */
    @Test
    void cpuSamplingRoundsThePositionToAThirtySecondAndTheValueToAByte() {
        int size = 64;
        byte[] p = new byte[size * size * 3];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                p[(y * size + x) * 3] = (byte) (4 * x);
                p[(y * size + x) * 3 + 1] = (byte) (4 * y);
            }
        }
        RgbImage ramp = new RgbImage(size, size, p);
        double offsetX = 0.3;
        double offsetY = 0.61;
        NormRect rect = new NormRect((32 + offsetX) / size, (32 + offsetY) / size, 16.0 / size, 16.0 / size, 0);
        RegionCrop crop = RegionCrop.of(rect, size, size, 16, 16, true);
        FloatBuffer cpu = FloatBuffer.allocate(16 * 16 * 3);
        FloatBuffer gpu = FloatBuffer.allocate(16 * 16 * 3);
        crop.warp(ramp, cpu, true, PixelSampling.CPU);
        crop.warp(ramp, gpu, true, PixelSampling.GPU);
        for (int v = 0; v < 16; v += 3) {
            for (int u = 0; u < 16; u += 3) {
                double x = 24 + offsetX + u;
                double y = 24 + offsetY + v;
                int o = (v * 16 + u) * 3;
                assertEquals(Math.floor(4 * Math.rint(x * 32) / 32 + 0.5), cpu.get(o) * 255, 1e-3, "red at " + u);
                assertEquals(Math.floor(4 * Math.rint(y * 32) / 32 + 0.5), cpu.get(o + 1) * 255, 1e-3, "green at " + v);
                // The GPU path samples the tensor pixel's centre, half a tensor pixel (here half an image pixel) on.
                assertEquals(4 * x, gpu.get(o) * 255, 1e-3, "GPU red at " + u);
                assertEquals(4 * y, gpu.get(o + 1) * 255, 1e-3, "GPU green at " + v);
            }
        }
    }

    @Test
    void zeroBorderIsBlackAndReplicateBorderRepeatsTheEdge() {
        RgbImage image = gradient(40, 40);
        NormRect beyond = new NormRect(2.0, 0.5, 0.5, 0.5, 0); // entirely right of the image
        FloatBuffer out = FloatBuffer.allocate(4 * 4 * 3);
        RegionCrop crop = RegionCrop.of(beyond, 40, 40, 4, 4, true);
        crop.warp(image, out, true, PixelSampling.GPU);
        assertEquals(0, out.get(0), 0);
        crop.warp(image, out, false, PixelSampling.GPU);
        assertEquals(39 / 255f, out.get(0), 1e-6, "the last column repeated");
    }

    @Test
    void wideImageIsLetterboxedTopAndBottomForTheSquarePalmTensor() {
        RegionCrop crop = RegionCrop.wholeImage(400, 200, 192);
        assertEquals(0.25, crop.letterbox().top(), 1e-12);
        assertEquals(0.25, crop.letterbox().bottom(), 1e-12);
        assertEquals(0, crop.letterbox().left(), 1e-12);
        double[] topLeftOfTensor = crop.tensorToImage(0, 0);
        assertEquals(0, topLeftOfTensor[0], 1e-9);
        assertEquals(-100, topLeftOfTensor[1], 1e-9);
    }

    @Test
    void projectedLandmarksLandWhereTheCropTookThemFrom() {
        NormRect rect = new NormRect(0.4, 0.6, 0.3, 0.4, -1.1); // square in pixels on 400 x 300
        RegionCrop crop = RegionCrop.of(rect, 400, 300, 224, 224, true);
        float[] raw = {10, 20, 5, 112, 112, 0, 200, 30, -8};
        double[] out = new double[raw.length];
        LandmarkProjection.toImage(raw, 224, rect, crop.letterbox(), out);
        for (int k = 0; k < 3; k++) {
            double[] px = crop.tensorToImage(raw[3 * k], raw[3 * k + 1]);
            assertEquals(px[0] / 400, out[3 * k], 1e-7);
            assertEquals(px[1] / 300, out[3 * k + 1], 1e-7);
        }
        assertEquals(-8 / 224.0 / 0.4 * 0.3, out[8], 1e-7, "z scaled like x by the ROI width");
    }

    @Test
    void worldLandmarksTurnWithTheRoiAboutTheDepthAxis() {
        double[] out = new double[3];
        LandmarkProjection.worldToImageAxes(new float[] {0.05f, 0, 0.02f},
                new NormRect(0.5, 0.5, 0.2, 0.2, Math.PI / 2), out);
        assertEquals(0, out[0], 1e-9);
        assertEquals(0.05, out[1], 1e-7);
        assertEquals(0.02, out[2], 1e-7);
    }
}
