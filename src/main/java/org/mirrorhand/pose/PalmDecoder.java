package org.mirrorhand.pose;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the palm model's raw outputs into palm detections, as MediaPipe's TensorsToDetectionsCalculator does with the
 * palm_detection_cpu options: 18 values per anchor (x, y, w, h, then 7 keypoints as x, y; "reverse output order"), all
 * in 192-pixel units relative to the anchor centre; score logits clipped to +-100 and passed through a sigmoid.
 * Coordinates come out normalised to the 192 x 192 letterboxed tensor.
 */
final class PalmDecoder {

    static final int COORDS = 18;
    static final int KEYPOINT_OFFSET = 4;
    static final double SCALE = 192.0;
    static final double SCORE_CLIP = 100.0;

    private PalmDecoder() {
    }

    /**
     * @param boxes    [anchors x 18] raw regressors
     * @param scores   [anchors] raw score logits
     * @param anchors  anchor centres x0, y0, x1, y1, ...
     * @param minScore detections scoring below this are dropped
     */
    static List<PalmDetection> decode(FloatBuffer boxes, FloatBuffer scores, float[] anchors, double minScore) {
        int count = anchors.length / 2;
        List<PalmDetection> found = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double logit = Math.max(-SCORE_CLIP, Math.min(SCORE_CLIP, scores.get(i)));
            double score = Geometry.sigmoid(logit);
            if (score < minScore) {
                continue;
            }
            double ax = anchors[2 * i];
            double ay = anchors[2 * i + 1];
            int base = i * COORDS;
            double xCenter = boxes.get(base) / SCALE + ax;
            double yCenter = boxes.get(base + 1) / SCALE + ay;
            double w = boxes.get(base + 2) / SCALE;
            double h = boxes.get(base + 3) / SCALE;
            double[] keypoints = new double[PalmDetection.KEYPOINTS * 2];
            for (int k = 0; k < PalmDetection.KEYPOINTS; k++) {
                int offset = base + KEYPOINT_OFFSET + 2 * k;
                keypoints[2 * k] = boxes.get(offset) / SCALE + ax;
                keypoints[2 * k + 1] = boxes.get(offset + 1) / SCALE + ay;
            }
            found.add(new PalmDetection(xCenter - w / 2, yCenter - h / 2, w, h, score, keypoints));
        }
        return found;
    }

    /**
     * MediaPipe's DetectionLetterboxRemovalCalculator: maps coordinates on the letterboxed tensor back to the image.
     * Padding is the fraction of the tensor's width (left, right) and height (top, bottom) that is border.
     */
    static PalmDetection removeLetterbox(PalmDetection d, Letterbox pad) {
        double sx = 1 - pad.left() - pad.right();
        double sy = 1 - pad.top() - pad.bottom();
        double[] kp = new double[d.keypoints().length];
        for (int k = 0; k < kp.length / 2; k++) {
            kp[2 * k] = (d.keypoints()[2 * k] - pad.left()) / sx;
            kp[2 * k + 1] = (d.keypoints()[2 * k + 1] - pad.top()) / sy;
        }
        return new PalmDetection((d.xmin() - pad.left()) / sx, (d.ymin() - pad.top()) / sy,
                d.width() / sx, d.height() / sy, d.score(), kp);
    }
}
