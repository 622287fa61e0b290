package org.mirrorhand.metrics;

import java.util.Locale;

/** Adjacent digits whose spread (abduction between them) is measured. */
public enum FingerPair {
    THUMB_INDEX(Finger.THUMB, Finger.INDEX),
    INDEX_MIDDLE(Finger.INDEX, Finger.MIDDLE),
    MIDDLE_RING(Finger.MIDDLE, Finger.RING),
    RING_LITTLE(Finger.RING, Finger.LITTLE);

    private final Finger first;
    private final Finger second;

    FingerPair(Finger first, Finger second) {
        this.first = first;
        this.second = second;
    }

    public Finger first() {
        return first;
    }

    public Finger second() {
        return second;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
