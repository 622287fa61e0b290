package org.mirrorhand.metrics;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mirrorhand.pose.HandPose;
import org.mirrorhand.pose.Landmark;

/**
 * Finds fingers that overlap another hand in the picture: where two hands cross, one hides the other's fingers and
 * MediaPipe guesses the hidden points. A finger is hidden when any of its joints or its tip lies inside the other
 * hand's outline box (shrunk a little, so hands that merely touch at the edges do not count). Stateless; any thread.
 */
public final class HandOverlap {

    private static final double SHRINK = 0.1;

    private HandOverlap() {
    }

    /** For each pose of one frame, in order, the fingers that overlap another pose of that frame. */
    public static List<Set<Finger>> hiddenFingers(List<HandPose> hands) {
        List<double[]> boxes = new ArrayList<>();
        for (HandPose h : hands) {
            boxes.add(box(h.landmarks()));
        }
        List<Set<Finger>> out = new ArrayList<>();
        for (int i = 0; i < hands.size(); i++) {
            Set<Finger> hidden = EnumSet.noneOf(Finger.class);
            List<Landmark> l = hands.get(i).landmarks();
            for (int k = 0; k < hands.size() && boxes.get(i) != null; k++) {
                if (k == i || boxes.get(k) == null) {
                    continue;
                }
                for (Finger f : Finger.values()) {
                    for (int p = 1; p < 4; p++) {
                        Landmark point = l.get(f.landmark(p));
                        if (inside(point, boxes.get(k))) {
                            hidden.add(f);
                        }
                    }
                }
            }
            out.add(hidden);
        }
        return out;
    }

    /** The landmarks' bounding box shrunk by 10 % on each side; null when the landmarks are unusable. */
    private static double[] box(List<Landmark> l) {
        if (l == null || l.size() != 21) {
            return null;
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Landmark p : l) {
            if (p == null || !Double.isFinite(p.x()) || !Double.isFinite(p.y())) {
                return null;
            }
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        double dx = SHRINK * (maxX - minX);
        double dy = SHRINK * (maxY - minY);
        return new double[] {minX + dx, minY + dy, maxX - dx, maxY - dy};
    }

    private static boolean inside(Landmark p, double[] box) {
        return p != null && p.x() >= box[0] && p.x() <= box[2] && p.y() >= box[1] && p.y() <= box[3];
    }
}
