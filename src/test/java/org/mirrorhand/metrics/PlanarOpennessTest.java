package org.mirrorhand.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanarOpennessTest {

    private static double[][] flat(SyntheticHand h) {
        double[][] w = h.worldPoints();
        double[][] xy = new double[21][];
        for (int i = 0; i < 21; i++) {
            xy[i] = new double[] {w[i][0], w[i][1]};
        }
        return xy;
    }

    @Test
    void aFlatHandSeenFromTheFrontIsOpenAndASideViewFistIsClosed() {
        assertTrue(PlanarOpenness.isOpen(flat(SyntheticHand.open().yaw(0))).orElseThrow());
        // Seen from the side (yaw 90), the fist's curl lies in the picture plane.
        assertFalse(PlanarOpenness.isOpen(flat(SyntheticHand.fist().yaw(90))).orElseThrow());
    }

    @Test
    void coincidentPointsAreNotMeasured() {
        double[][] xy = flat(SyntheticHand.open());
        xy[7] = xy[6].clone();
        assertTrue(PlanarOpenness.isOpen(xy).isEmpty());
        assertFalse(PlanarOpenness.meanFingerBend(xy).isMeasured());
    }

    @Test
    void aRowOfTheWrongLengthIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PlanarOpenness.fromFlat(new double[40]));
        assertTrue(e.getMessage().contains("42"), e.getMessage());
    }

    @Test
    void keypointTableOpenAndCloseRowsAreAtLeastNinetyFivePercentCorrect() throws IOException {
        List<String> lines = Files.readAllLines(ReferenceData.require("media/landmarks/keypoint.csv"));
        int rows = 0;
        int correct = 0;
        int notMeasured = 0;
        for (String line : lines) {
            String[] cells = line.split(",");
            int label = Integer.parseInt(cells[0].trim());
            if (label != 0 && label != 1) {
                continue; // 2 = pointer, neither open nor closed
            }
            double[] values = new double[cells.length - 1];
            for (int i = 1; i < cells.length; i++) {
                values[i - 1] = Double.parseDouble(cells[i]);
            }
            rows++;
            var open = PlanarOpenness.isOpen(PlanarOpenness.fromFlat(values));
            if (open.isEmpty()) {
                notMeasured++; // counted as wrong: the test asks for an answer
            } else if (open.get() == (label == 0)) {
                correct++;
            }
        }
        double share = (double) correct / rows;
        System.out.printf("keypoint.csv: %d of %d open/close rows correct (%.1f %%), %d not measured%n",
                correct, rows, 100 * share, notMeasured);
        assertEquals(1522 + 1572, rows);
        assertTrue(share >= 0.95, "only " + share);
    }
}
