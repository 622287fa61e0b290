package org.mirrorhand.pose;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes a hand found twice, as MediaPipe's newer Hand Landmarker does (HandLandmarksDeduplicationCalculator): a hand
 * is a duplicate of an earlier kept hand when at least 10 of its 21 landmarks lie within 0.2 of the larger "baseline"
 * (longest side of the wrist, index MCP, pinky MCP triangle) and their landmark bounding boxes overlap with IoU above
 * 0.2. Earlier hands in the list win.
 */
final class HandDeduplicator {

    static final double BASELINE_RATIO = 0.2;
    static final int MATCHED_TO_SUPPRESS = 10;
    static final double MIN_IOU = 0.2;

    private HandDeduplicator() {
    }

    /** @param hands each 21 x (x, y, z) normalised; returns the indices to keep, in order */
    static List<Integer> keep(List<double[]> hands, int imageWidth, int imageHeight) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < hands.size(); i++) {
            boolean duplicate = false;
            for (int j : kept) {
                if (isDuplicate(hands.get(i), hands.get(j), imageWidth, imageHeight)) {
                    duplicate = true;
                    break;
                }
            }
            if (!duplicate) {
                kept.add(i);
            }
        }
        return kept;
    }

    static boolean isDuplicate(double[] a, double[] b, int w, int h) {
        double threshold = Math.max(baseline(a, w, h), baseline(b, w, h)) * BASELINE_RATIO;
        int matched = 0;
        for (int k = 0; k < HandLandmark.COUNT; k++) {
            if (distance(a, k, b, k, w, h) < threshold) {
                matched++;
            }
        }
        return matched >= MATCHED_TO_SUPPRESS && boundsIou(a, b) > MIN_IOU;
    }

    private static double baseline(double[] lm, int w, int h) {
        int wrist = HandLandmark.WRIST.ordinal();
        int index = HandLandmark.INDEX_FINGER_MCP.ordinal();
        int pinky = HandLandmark.PINKY_MCP.ordinal();
        return Math.max(distance(lm, wrist, lm, index, w, h),
                Math.max(distance(lm, index, lm, pinky, w, h), distance(lm, pinky, lm, wrist, w, h)));
    }

    private static double distance(double[] a, int i, double[] b, int j, int w, int h) {
        return Math.hypot((a[3 * i] - b[3 * j]) * w, (a[3 * i + 1] - b[3 * j + 1]) * h);
    }

    private static double boundsIou(double[] a, double[] b) {
        double[] ba = bounds(a);
        double[] bb = bounds(b);
        return Geometry.iou(ba[0], ba[1], ba[2] - ba[0], ba[3] - ba[1], bb[0], bb[1], bb[2] - bb[0], bb[3] - bb[1]);
    }

    private static double[] bounds(double[] lm) {
        double[] r = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int k = 0; k < lm.length / 3; k++) {
            r[0] = Math.min(r[0], lm[3 * k]);
            r[1] = Math.min(r[1], lm[3 * k + 1]);
            r[2] = Math.max(r[2], lm[3 * k]);
            r[3] = Math.max(r[3], lm[3 * k + 1]);
        }
        return r;
    }
}
