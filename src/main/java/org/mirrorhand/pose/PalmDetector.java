package org.mirrorhand.pose;

import java.util.ArrayList;
import java.util.List;
import org.mirrorhand.capture.RgbImage;

/**
 * MediaPipe's palm_detection_cpu graph: the whole image letterboxed (black border) to 192 x 192, the palm model,
 * decoding against the SSD anchors, weighted non-max suppression (IoU 0.3) and letterbox removal. Runs on the
 * estimator's inference thread.
 */
final class PalmDetector implements AutoCloseable {

    static final int INPUT = 192;
    static final double NMS_THRESHOLD = 0.3;

    private final JavaCppTfLiteModel model;
    private final PixelSampling sampling;
    private final float[] row = new float[INPUT * 3];

    PalmDetector(JavaCppTfLiteModel model, PixelSampling sampling) {
        this.model = model;
        this.sampling = sampling;
    }

    /** Palms in image-normalised coordinates, best score first. */
    List<PalmDetection> detect(RgbImage image, double minScore) {
        RegionCrop crop = RegionCrop.wholeImage(image.width(), image.height(), INPUT);
        crop.warp(image, model.input(), true, sampling, row);
        model.invoke();
        List<PalmDetection> raw = PalmDecoder.decode(model.output("Identity"), model.output("Identity_1"),
                SsdAnchors.PALM, minScore);
        List<PalmDetection> out = new ArrayList<>();
        for (PalmDetection d : WeightedNms.apply(raw, NMS_THRESHOLD)) {
            out.add(PalmDecoder.removeLetterbox(d, crop.letterbox()));
        }
        return out;
    }

    void invokeOnly() {
        model.invoke();
    }

    @Override
    public void close() {
        model.close();
    }
}
