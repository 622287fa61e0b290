package org.mirrorhand.pose;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Pairs reference hands with found hands by position and measures how far apart their landmarks are. */
final class HandComparison {

    record Pair(int referenceIndex, String expectedLabel, HandPose actual, double meanErrorPx, double handSizePx) {
        double meanErrorOfHandSize() {
            return meanErrorPx / handSizePx;
        }
    }

    private HandComparison() {
    }

    /** Each reference hand paired with the nearest unpaired found hand (by landmark centroid), when there is one. */
    static List<Pair> pair(JsonNode expectedHands, List<HandPose> found, int w, int h) {
        List<Pair> pairs = new ArrayList<>();
        boolean[] used = new boolean[found.size()];
        for (int r = 0; r < expectedHands.size(); r++) {
            JsonNode lm = expectedHands.get(r).get("landmarks");
            double[] ref = new double[42];
            for (int k = 0; k < 21; k++) {
                ref[2 * k] = lm.get(k).get(0).asDouble() * w;
                ref[2 * k + 1] = lm.get(k).get(1).asDouble() * h;
            }
            int best = -1;
            double bestDistance = Double.MAX_VALUE;
            for (int i = 0; i < found.size(); i++) {
                if (used[i]) {
                    continue;
                }
                double d = meanDistance(ref, found.get(i), w, h);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = i;
                }
            }
            if (best < 0) {
                continue;
            }
            used[best] = true;
            double size = Math.hypot(ref[18] - ref[0], ref[19] - ref[1]);
            pairs.add(new Pair(r, expectedHands.get(r).get("handedness").asText(), found.get(best), bestDistance,
                    size));
        }
        return pairs;
    }

    static double meanDistance(double[] refPx, HandPose hand, int w, int h) {
        double sum = 0;
        for (int k = 0; k < 21; k++) {
            Landmark l = hand.landmarks().get(k);
            sum += Math.hypot(l.x() * w - refPx[2 * k], l.y() * h - refPx[2 * k + 1]);
        }
        return sum / 21;
    }
}
