package org.mirrorhand.mirror;

/** Which of the user's hands is affected by the stroke; the other one moves in front of the camera. */
public enum AffectedSide {
    LEFT("Left hand"), RIGHT("Right hand");

    private final String label;

    AffectedSide(String label) {
        this.label = label;
    }

    public AffectedSide other() {
        return this == LEFT ? RIGHT : LEFT;
    }

    /** Plain words for the screen. */
    public String label() {
        return label;
    }
}
