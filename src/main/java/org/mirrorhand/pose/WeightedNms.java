package org.mirrorhand.pose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * MediaPipe's NonMaxSuppressionCalculator in WEIGHTED mode with intersection-over-union overlap: the best-scoring
 * detection absorbs every remaining detection that overlaps it by more than the threshold (itself included), and its
 * box and keypoints become the score-weighted average of that group; its score stays the best score.
 */
final class WeightedNms {

    private WeightedNms() {
    }

    static List<PalmDetection> apply(List<PalmDetection> detections, double minSuppressionThreshold) {
        List<PalmDetection> remaining = new ArrayList<>(detections);
        remaining.sort(Comparator.comparingDouble(PalmDetection::score).reversed());
        List<PalmDetection> out = new ArrayList<>();
        while (!remaining.isEmpty()) {
            PalmDetection best = remaining.get(0);
            List<PalmDetection> group = new ArrayList<>();
            List<PalmDetection> rest = new ArrayList<>();
            for (PalmDetection d : remaining) {
                (d.iou(best) > minSuppressionThreshold ? group : rest).add(d);
            }
            out.add(group.isEmpty() ? best : weightedAverage(best, group));
            if (rest.size() == remaining.size()) {
                break; // nothing was absorbed: cannot happen as best overlaps itself, but never loop forever
            }
            remaining = rest;
        }
        return out;
    }

    private static PalmDetection weightedAverage(PalmDetection best, List<PalmDetection> group) {
        double total = 0;
        double xmin = 0;
        double ymin = 0;
        double xmax = 0;
        double ymax = 0;
        double[] kp = new double[best.keypoints().length];
        for (PalmDetection d : group) {
            double s = d.score();
            total += s;
            xmin += d.xmin() * s;
            ymin += d.ymin() * s;
            xmax += (d.xmin() + d.width()) * s;
            ymax += (d.ymin() + d.height()) * s;
            for (int i = 0; i < kp.length; i++) {
                kp[i] += d.keypoints()[i] * s;
            }
        }
        for (int i = 0; i < kp.length; i++) {
            kp[i] /= total;
        }
        xmin /= total;
        ymin /= total;
        return new PalmDetection(xmin, ymin, xmax / total - xmin, ymax / total - ymin, best.score(), kp);
    }
}
