package org.mirrorhand.pose;

/**
 * One palm found by the palm detection model: an axis-aligned box and 7 keypoints (0 = wrist, 2 = middle-finger
 * base), all normalised to the frame the coordinates refer to.
 *
 * @param keypoints x0, y0, x1, y1, ... for the 7 keypoints
 */
record PalmDetection(double xmin, double ymin, double width, double height, double score, double[] keypoints) {

    static final int KEYPOINTS = 7;

    double keypointX(int k) {
        return keypoints[2 * k];
    }

    double keypointY(int k) {
        return keypoints[2 * k + 1];
    }

    double iou(PalmDetection other) {
        return Geometry.iou(xmin, ymin, width, height, other.xmin, other.ymin, other.width, other.height);
    }
}
