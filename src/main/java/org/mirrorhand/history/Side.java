package org.mirrorhand.history;

/** A body side: the affected hand of a profile, or which hand a rep or measurement belongs to. */
public enum Side {
    LEFT, RIGHT;

    public Side other() {
        return this == LEFT ? RIGHT : LEFT;
    }

    /** Lower-case word for people and files ("left"). */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
