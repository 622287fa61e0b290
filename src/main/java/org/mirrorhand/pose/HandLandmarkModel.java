package org.mirrorhand.pose;

import java.nio.FloatBuffer;
import org.mirrorhand.capture.RgbImage;

/**
 * MediaPipe's hand_landmark_cpu graph: the ROI cut to 224 x 224 (edge pixels repeated outside the image), the landmark
 * model, and its outputs mapped back to the image. Runs on the estimator's inference thread; the result arrays are
 * fresh per call because they become the caller's hand.
 */
final class HandLandmarkModel implements AutoCloseable {

    static final int INPUT = 224;

    /** What the landmark model says about one ROI. */
    record Result(double presence, double leftProbability, double[] landmarks, double[] worldLandmarks) {
    }

    private final JavaCppTfLiteModel model;
    private final PixelSampling sampling;
    private final float[] row = new float[INPUT * 3];
    private final float[] raw = new float[HandLandmark.COUNT * 3];

    HandLandmarkModel(JavaCppTfLiteModel model, PixelSampling sampling) {
        this.model = model;
        this.sampling = sampling;
    }

    Result run(RgbImage image, NormRect roi) {
        RegionCrop crop = RegionCrop.of(roi, image.width(), image.height(), INPUT, INPUT, true);
        crop.warp(image, model.input(), false, sampling, row);
        model.invoke();
        double presence = model.output("Identity_1").get(0);
        double left = model.output("Identity_2").get(0);
        double[] landmarks = new double[raw.length];
        read(model.output("Identity"));
        LandmarkProjection.toImage(raw, INPUT, roi, crop.letterbox(), landmarks);
        double[] world = new double[raw.length];
        read(model.output("Identity_3"));
        LandmarkProjection.worldToImageAxes(raw, roi, world);
        return new Result(presence, left, landmarks, world);
    }

    private void read(FloatBuffer b) {
        for (int i = 0; i < raw.length; i++) {
            raw[i] = b.get(i);
        }
    }

    void invokeOnly() {
        model.invoke();
    }

    @Override
    public void close() {
        model.close();
    }
}
