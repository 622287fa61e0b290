package org.mirrorhand.ui.live;

import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.mirrorhand.mirror.MirrorSettings;
import org.mirrorhand.mirror.ScreenPositions;
import org.mirrorhand.pose.HandPose;
import org.mirrorhand.pose.Landmark;

/** Draws the 21 landmarks and the finger bones where they appear on the mirrored screen. JavaFX thread only. */
final class LandmarkPainter {

    /** MediaPipe's hand connections as pairs of landmark indices. */
    private static final int[][] BONES = {
        {0, 1}, {1, 2}, {2, 3}, {3, 4}, {0, 5}, {5, 6}, {6, 7}, {7, 8}, {5, 9}, {9, 10}, {10, 11}, {11, 12},
        {9, 13}, {13, 14}, {14, 15}, {15, 16}, {13, 17}, {0, 17}, {17, 18}, {18, 19}, {19, 20}};

    private LandmarkPainter() {
    }

    static void paint(GraphicsContext g, List<HandPose> hands, MirrorSettings s) {
        double w = g.getCanvas().getWidth();
        double h = g.getCanvas().getHeight();
        g.clearRect(0, 0, w, h);
        if (hands.isEmpty()) {
            return;
        }
        g.setStroke(Color.web("#4FC3F7"));
        g.setFill(Color.web("#FFD54F"));
        g.setLineWidth(3);
        for (HandPose hand : hands) {
            List<Landmark> lm = hand.landmarks();
            for (int[] bone : BONES) {
                double[] a = ScreenPositions.of(lm.get(bone[0]).x(), s);
                double[] b = ScreenPositions.of(lm.get(bone[1]).x(), s);
                for (int i = 0; i < Math.min(a.length, b.length); i++) {
                    g.strokeLine(a[i] * w, lm.get(bone[0]).y() * h, b[i] * w, lm.get(bone[1]).y() * h);
                }
            }
            for (Landmark l : lm) {
                for (double x : ScreenPositions.of(l.x(), s)) {
                    g.fillOval(x * w - 5, l.y() * h - 5, 10, 10);
                }
            }
        }
    }
}
