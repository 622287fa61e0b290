package org.mirrorhand.metrics;

import java.util.List;
import java.util.Locale;

/** The five digits, with their four landmark indices from base to tip in MediaPipe order. */
public enum Finger {
    THUMB(1, 2, 3, 4),
    INDEX(5, 6, 7, 8),
    MIDDLE(9, 10, 11, 12),
    RING(13, 14, 15, 16),
    LITTLE(17, 18, 19, 20);

    /** The four long fingers, whose mean flexion drives the opening index (the thumb closes a fist in many ways). */
    public static final List<Finger> LONG_FINGERS = List.of(INDEX, MIDDLE, RING, LITTLE);

    private final int[] landmarks;

    Finger(int... landmarks) {
        this.landmarks = landmarks;
    }

    /** Landmark index of point {@code i} (0 = base: CMC for the thumb, MCP otherwise; 3 = tip). */
    int landmark(int i) {
        return landmarks[i];
    }

    /** Lower-case name used in summaries and JSON. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
