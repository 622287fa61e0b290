package org.mirrorhand.history;

/** The five digits, thumb first, as stored in the history. */
public enum Finger {
    THUMB, INDEX, MIDDLE, RING, LITTLE;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
