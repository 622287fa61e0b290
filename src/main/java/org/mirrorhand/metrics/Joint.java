package org.mirrorhand.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The fifteen measured finger joints. Each is the bend at landmark {@code vertex} between the bone arriving from
 * {@code from} and the bone leaving to {@code to}; for the long fingers' MCP the arriving "bone" is the metacarpal
 * seen from the wrist.
 */
public enum Joint {
    THUMB_CMC(Finger.THUMB, "cmc", 0, 1, 2),
    THUMB_MCP(Finger.THUMB, "mcp", 1, 2, 3),
    THUMB_IP(Finger.THUMB, "ip", 2, 3, 4),
    INDEX_MCP(Finger.INDEX, "mcp", 0, 5, 6),
    INDEX_PIP(Finger.INDEX, "pip", 5, 6, 7),
    INDEX_DIP(Finger.INDEX, "dip", 6, 7, 8),
    MIDDLE_MCP(Finger.MIDDLE, "mcp", 0, 9, 10),
    MIDDLE_PIP(Finger.MIDDLE, "pip", 9, 10, 11),
    MIDDLE_DIP(Finger.MIDDLE, "dip", 10, 11, 12),
    RING_MCP(Finger.RING, "mcp", 0, 13, 14),
    RING_PIP(Finger.RING, "pip", 13, 14, 15),
    RING_DIP(Finger.RING, "dip", 14, 15, 16),
    LITTLE_MCP(Finger.LITTLE, "mcp", 0, 17, 18),
    LITTLE_PIP(Finger.LITTLE, "pip", 17, 18, 19),
    LITTLE_DIP(Finger.LITTLE, "dip", 18, 19, 20);

    private final Finger finger;
    private final String shortName;
    final int from;
    final int vertex;
    final int to;

    Joint(Finger finger, String shortName, int from, int vertex, int to) {
        this.finger = finger;
        this.shortName = shortName;
        this.from = from;
        this.vertex = vertex;
        this.to = to;
    }

    public Finger finger() {
        return finger;
    }

    /** "mcp", "pip", "dip", or for the thumb "cmc", "mcp", "ip". */
    public String shortName() {
        return shortName;
    }

    /** For example "index_pip". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The joints of one finger from base to tip. */
    public static List<Joint> of(Finger finger) {
        List<Joint> out = new ArrayList<>(3);
        for (Joint j : values()) {
            if (j.finger == finger) {
                out.add(j);
            }
        }
        return out;
    }

    /**
     * The joints whose flexion the ASSH adds up into total active motion: MCP, PIP and DIP of a long finger; MCP and
     * IP of the thumb (its CMC is not part of TAM).
     */
    public static List<Joint> tamJoints(Finger finger) {
        List<Joint> all = of(finger);
        return finger == Finger.THUMB ? all.subList(1, 3) : all;
    }
}
