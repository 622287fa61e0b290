package org.mirrorhand.pose;

/**
 * The hand regions of interest of MediaPipe Hands: from a palm detection (palm_detection_detection_to_roi) and from
 * the previous frame's landmarks (hand_landmark_landmarks_to_roi), both followed by RectTransformationCalculator.
 */
final class HandRois {

    /** Palm keypoints that fix the hand's rotation: wrist and middle-finger base. */
    static final int PALM_WRIST = 0;
    static final int PALM_MIDDLE_BASE = 2;
    static final double TARGET_ANGLE = Math.PI / 2;

    /** Landmarks used for the ROI (MediaPipe's "partial landmarks"): wrist, thumb base joints, MCPs and PIPs. */
    private static final int[] PARTIAL = {0, 1, 2, 3, 5, 6, 9, 10, 13, 14, 17, 18};

    private HandRois() {
    }

    /** Palm detection -> hand ROI: rotation wrist to middle base, shifted up by half, squared, scaled by 2.6. */
    static NormRect fromPalm(PalmDetection d, int imageWidth, int imageHeight) {
        double x0 = d.keypointX(PALM_WRIST) * imageWidth;
        double y0 = d.keypointY(PALM_WRIST) * imageHeight;
        double x1 = d.keypointX(PALM_MIDDLE_BASE) * imageWidth;
        double y1 = d.keypointY(PALM_MIDDLE_BASE) * imageHeight;
        double rotation = Geometry.normalizeRadians(TARGET_ANGLE - Math.atan2(-(y1 - y0), x1 - x0));
        NormRect box = new NormRect(d.xmin() + d.width() / 2, d.ymin() + d.height() / 2, d.width(), d.height(),
                rotation);
        return transform(box, imageWidth, imageHeight, 2.6, 2.6, 0, -0.5, true);
    }

    /** Landmarks (21, normalised x, y) -> ROI for the next frame: enclosing rotated box, shifted, squared, doubled. */
    static NormRect fromLandmarks(double[] xy, int imageWidth, int imageHeight) {
        return transform(enclosingRect(xy, imageWidth, imageHeight), imageWidth, imageHeight, 2.0, 2.0, 0, -0.1, true);
    }

    /** HandLandmarksToRectCalculator: the box around the partial landmarks, aligned with the hand's rotation. */
    static NormRect enclosingRect(double[] xy, int w, int h) {
        double[] px = new double[PARTIAL.length];
        double[] py = new double[PARTIAL.length];
        for (int i = 0; i < PARTIAL.length; i++) {
            px[i] = xy[2 * PARTIAL[i]];
            py[i] = xy[2 * PARTIAL[i] + 1];
        }
        // Wrist to the mean of the middle MCP and the average of index and ring MCPs.
        double x0 = px[0] * w;
        double y0 = py[0] * h;
        double x1 = ((px[4] + px[8]) / 2 + px[6]) / 2 * w;
        double y1 = ((py[4] + py[8]) / 2 + py[6]) / 2 * h;
        double rotation = Geometry.normalizeRadians(TARGET_ANGLE - Math.atan2(-(y1 - y0), x1 - x0));
        double reverse = Geometry.normalizeRadians(-rotation);

        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < px.length; i++) {
            minX = Math.min(minX, px[i]);
            maxX = Math.max(maxX, px[i]);
            minY = Math.min(minY, py[i]);
            maxY = Math.max(maxY, py[i]);
        }
        double alignedCx = (maxX + minX) / 2;
        double alignedCy = (maxY + minY) / 2;

        double cos = Math.cos(reverse);
        double sin = Math.sin(reverse);
        minX = Double.MAX_VALUE;
        minY = Double.MAX_VALUE;
        maxX = -Double.MAX_VALUE;
        maxY = -Double.MAX_VALUE;
        for (int i = 0; i < px.length; i++) {
            double ox = (px[i] - alignedCx) * w;
            double oy = (py[i] - alignedCy) * h;
            double rx = ox * cos - oy * sin;
            double ry = ox * sin + oy * cos;
            minX = Math.min(minX, rx);
            maxX = Math.max(maxX, rx);
            minY = Math.min(minY, ry);
            maxY = Math.max(maxY, ry);
        }
        double pcx = (maxX + minX) / 2;
        double pcy = (maxY + minY) / 2;
        double cx = pcx * Math.cos(rotation) - pcy * Math.sin(rotation) + w * alignedCx;
        double cy = pcx * Math.sin(rotation) + pcy * Math.cos(rotation) + h * alignedCy;
        return new NormRect(cx / w, cy / h, (maxX - minX) / w, (maxY - minY) / h, rotation);
    }

    /**
     * RectTransformationCalculator: shift along the rectangle's own axes (in units of its size), make it square on its
     * long side in pixels, then scale.
     */
    static NormRect transform(NormRect r, int imageWidth, int imageHeight, double scaleX, double scaleY,
                              double shiftX, double shiftY, boolean squareLong) {
        double width = r.width();
        double height = r.height();
        double rotation = r.rotation();
        double cx = r.xCenter();
        double cy = r.yCenter();
        if (rotation == 0) {
            cx += width * shiftX;
            cy += height * shiftY;
        } else {
            double xShift = (imageWidth * width * shiftX * Math.cos(rotation)
                    - imageHeight * height * shiftY * Math.sin(rotation)) / imageWidth;
            double yShift = (imageWidth * width * shiftX * Math.sin(rotation)
                    + imageHeight * height * shiftY * Math.cos(rotation)) / imageHeight;
            cx += xShift;
            cy += yShift;
        }
        if (squareLong) {
            double longSide = Math.max(width * imageWidth, height * imageHeight);
            width = longSide / imageWidth;
            height = longSide / imageHeight;
        }
        return new NormRect(cx, cy, width * scaleX, height * scaleY, rotation);
    }
}
