package org.mirrorhand.pose;

/** Small numeric helpers shared by the pipeline stages, written as MediaPipe's calculators compute them. */
final class Geometry {

    private Geometry() {
    }

    /** MediaPipe's NormalizeRadians: the same angle in [-pi, pi). */
    static double normalizeRadians(double angle) {
        return angle - 2 * Math.PI * Math.floor((angle + Math.PI) / (2 * Math.PI));
    }

    /** Intersection over union of two axis-aligned boxes given as left, top, width, height; 0 when they do not meet. */
    static double iou(double ax, double ay, double aw, double ah, double bx, double by, double bw, double bh) {
        double left = Math.max(ax, bx);
        double top = Math.max(ay, by);
        double right = Math.min(ax + aw, bx + bw);
        double bottom = Math.min(ay + ah, by + bh);
        if (right < left || bottom < top) {
            return 0;
        }
        double intersection = (right - left) * (bottom - top);
        double union = aw * ah + bw * bh - intersection;
        return union > 0 ? intersection / union : 0;
    }

    static double sigmoid(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }
}
