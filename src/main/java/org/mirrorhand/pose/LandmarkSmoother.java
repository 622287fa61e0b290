package org.mirrorhand.pose;

/**
 * Smooths one tracked hand's landmarks over time, as MediaPipe's LandmarksSmoothingCalculator is configured for
 * landmark tracking: image landmarks through a relative velocity filter (window 5, velocity scale 10) with the value
 * scaled by the inverse of the hand's size in pixels; world landmarks through a one-euro filter (min cutoff 0.1,
 * beta 40, derivative cutoff 1.0) without value scaling. One instance per tracked hand; reset by dropping it.
 */
final class LandmarkSmoother {

    static final int WINDOW = 5;
    static final double VELOCITY_SCALE = 10.0;
    static final double WORLD_MIN_CUTOFF = 0.1;
    static final double WORLD_BETA = 40.0;
    static final double WORLD_DERIVATE_CUTOFF = 1.0;
    private static final double MIN_OBJECT_SCALE = 1e-6;

    private final RelativeVelocityFilter[] image = new RelativeVelocityFilter[HandLandmark.COUNT * 3];
    private final OneEuroFilter[] world = new OneEuroFilter[HandLandmark.COUNT * 3];

    LandmarkSmoother() {
        for (int i = 0; i < image.length; i++) {
            image[i] = new RelativeVelocityFilter(WINDOW, VELOCITY_SCALE);
            world[i] = new OneEuroFilter(30, WORLD_MIN_CUTOFF, WORLD_BETA, WORLD_DERIVATE_CUTOFF);
        }
    }

    /** Smooths in place: landmarks 21 x (x, y, z) normalised, worldLandmarks 21 x (x, y, z) metres. */
    void apply(long timestampNs, int imageWidth, int imageHeight, double[] landmarks, double[] worldLandmarks) {
        double scale = objectScale(landmarks, imageWidth, imageHeight);
        if (scale >= MIN_OBJECT_SCALE) {
            double valueScale = 1 / scale;
            for (int k = 0; k < HandLandmark.COUNT; k++) {
                landmarks[3 * k] = image[3 * k].apply(timestampNs, valueScale, landmarks[3 * k] * imageWidth)
                        / imageWidth;
                landmarks[3 * k + 1] = image[3 * k + 1].apply(timestampNs, valueScale,
                        landmarks[3 * k + 1] * imageHeight) / imageHeight;
                landmarks[3 * k + 2] = image[3 * k + 2].apply(timestampNs, valueScale,
                        landmarks[3 * k + 2] * imageWidth) / imageWidth;
            }
        }
        for (int i = 0; i < worldLandmarks.length; i++) {
            worldLandmarks[i] = world[i].apply(timestampNs, 1.0, worldLandmarks[i]);
        }
    }

    /** Mean of the width and height, in pixels, of the landmarks' bounding box. */
    static double objectScale(double[] lm, int w, int h) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int k = 0; k < lm.length / 3; k++) {
            minX = Math.min(minX, lm[3 * k]);
            maxX = Math.max(maxX, lm[3 * k]);
            minY = Math.min(minY, lm[3 * k + 1]);
            maxY = Math.max(maxY, lm[3 * k + 1]);
        }
        return ((maxX - minX) * w + (maxY - minY) * h) / 2;
    }
}
