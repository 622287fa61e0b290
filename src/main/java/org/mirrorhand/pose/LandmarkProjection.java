package org.mirrorhand.pose;

/**
 * Maps the landmark model's outputs back to the whole image, as MediaPipe's TensorsToLandmarksCalculator (224-pixel
 * crop, z normalised by 0.4), LandmarkLetterboxRemovalCalculator, LandmarkProjectionCalculator and
 * WorldLandmarkProjectionCalculator do.
 */
final class LandmarkProjection {

    static final double NORMALIZE_Z = 0.4;

    private LandmarkProjection() {
    }

    /**
     * @param raw       21 x (x, y, z) in crop pixels
     * @param cropSize  the crop's side in pixels (224)
     * @param rect      the ROI the crop was cut from
     * @param pad       letterbox of the crop
     * @param out       21 x (x, y, z): x, y normalised to the image, z scaled like x
     */
    static void toImage(float[] raw, int cropSize, NormRect rect, Letterbox pad, double[] out) {
        double cos = Math.cos(rect.rotation());
        double sin = Math.sin(rect.rotation());
        double sx = 1 - pad.left() - pad.right();
        double sy = 1 - pad.top() - pad.bottom();
        for (int i = 0; i < raw.length / 3; i++) {
            double x = (raw[3 * i] / cropSize - pad.left()) / sx;
            double y = (raw[3 * i + 1] / cropSize - pad.top()) / sy;
            double z = raw[3 * i + 2] / cropSize / NORMALIZE_Z / sx;
            x -= 0.5;
            y -= 0.5;
            out[3 * i] = (cos * x - sin * y) * rect.width() + rect.xCenter();
            out[3 * i + 1] = (sin * x + cos * y) * rect.height() + rect.yCenter();
            out[3 * i + 2] = z * rect.width();
        }
    }

    /** World landmarks (metres) rotated by the ROI's rotation about the z axis; z unchanged. */
    static void worldToImageAxes(float[] raw, NormRect rect, double[] out) {
        double cos = Math.cos(rect.rotation());
        double sin = Math.sin(rect.rotation());
        for (int i = 0; i < raw.length / 3; i++) {
            double x = raw[3 * i];
            double y = raw[3 * i + 1];
            out[3 * i] = cos * x - sin * y;
            out[3 * i + 1] = sin * x + cos * y;
            out[3 * i + 2] = raw[3 * i + 2];
        }
    }
}
