package org.mirrorhand.metrics;

import java.util.ArrayList;
import java.util.List;
import org.mirrorhand.pose.HandLandmark;
import org.mirrorhand.pose.HandPose;
import org.mirrorhand.pose.Landmark;

/**
 * Builds a {@link HandPose} from flat rows of numbers (x0, y0, z0, x1, ...), as they come from a CSV file or a
 * test table, so callers need not assemble landmark lists. Stateless; any thread.
 */
public final class HandPoses {

    private static final int NUMBERS = 3 * HandLandmark.COUNT;

    private HandPoses() {
    }

    /**
     * @param handedness MediaPipe's label, "Left" or "Right" ("" when unknown)
     * @param presence   hand presence, 0..1
     * @param image      63 numbers: 21 image landmarks (normalised x, y and MediaPipe's relative z)
     * @param world      63 numbers: 21 world landmarks in metres
     * @throws IllegalArgumentException when a row does not have 63 numbers
     */
    public static HandPose of(String handedness, double presence, double[] image, double[] world) {
        return new HandPose(handedness, 1.0, presence, landmarks(image, "image"), landmarks(world, "world"));
    }

    private static List<Landmark> landmarks(double[] row, String which) {
        if (row == null || row.length != NUMBERS) {
            throw new IllegalArgumentException("a row of " + which + " landmarks needs " + NUMBERS
                    + " numbers (21 points of x, y, z), got " + (row == null ? "none" : row.length));
        }
        List<Landmark> out = new ArrayList<>(HandLandmark.COUNT);
        for (int i = 0; i < HandLandmark.COUNT; i++) {
            out.add(new Landmark(row[3 * i], row[3 * i + 1], row[3 * i + 2]));
        }
        return out;
    }
}
