package org.mirrorhand.history;

/** What kind of practice a session was. */
public enum SessionMode {
    MIRROR, MEASURE, IMAGERY;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
