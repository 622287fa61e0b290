package org.mirrorhand.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WeightedNmsTest {

    private static PalmDetection box(double x, double y, double size, double score) {
        double[] kp = new double[14];
        kp[0] = x;
        kp[1] = y;
        return new PalmDetection(x, y, size, size, score, kp);
    }

    @Test
    void overlappingDetectionsMergeIntoTheirScoreWeightedAverageWithTheBestScore() {
        List<PalmDetection> out = WeightedNms.apply(List.of(box(0.10, 0.10, 0.2, 0.6), box(0.12, 0.10, 0.2, 0.9)),
                0.3);
        assertEquals(1, out.size());
        PalmDetection merged = out.get(0);
        assertEquals((0.10 * 0.6 + 0.12 * 0.9) / 1.5, merged.xmin(), 1e-12);
        assertEquals(0.2, merged.width(), 1e-12);
        assertEquals((0.10 * 0.6 + 0.12 * 0.9) / 1.5, merged.keypointX(0), 1e-12);
        assertEquals(0.9, merged.score(), 1e-12);
    }

    @Test
    void separateDetectionsSurviveInScoreOrder() {
        List<PalmDetection> out = WeightedNms.apply(List.of(box(0.1, 0.1, 0.2, 0.6), box(0.6, 0.6, 0.2, 0.8)), 0.3);
        assertEquals(2, out.size());
        assertEquals(0.8, out.get(0).score(), 1e-12);
        assertEquals(0.6, out.get(1).score(), 1e-12);
    }

    @Test
    void overlapAtOrBelowTheThresholdDoesNotMerge() {
        // Two 0.2 boxes offset by 0.1: IoU = 0.02 / 0.06 = 1/3 > 0.3 merges; offset 0.12: IoU = 0.016/0.064 = 0.25.
        assertEquals(1, WeightedNms.apply(List.of(box(0.1, 0.1, 0.2, 0.9), box(0.2, 0.1, 0.2, 0.8)), 0.3).size());
        assertEquals(2, WeightedNms.apply(List.of(box(0.1, 0.1, 0.2, 0.9), box(0.22, 0.1, 0.2, 0.8)), 0.3).size());
    }
}
