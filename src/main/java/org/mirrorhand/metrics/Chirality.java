package org.mirrorhand.metrics;

/**
 * Which mirror image of a hand the landmarks show, named by MediaPipe's handedness label. Flexion's sign depends on
 * it: bending toward the palm is a turn one way about the knuckle row in one hand and the other way in the other.
 */
public enum Chirality {
    /** MediaPipe label "Left" (in an unmirrored picture usually a right hand). */
    LABEL_LEFT(1),
    /** MediaPipe label "Right". */
    LABEL_RIGHT(-1);

    final int sign;

    Chirality(int sign) {
        this.sign = sign;
    }

    /** The chirality for a MediaPipe label, or null when the label is neither "Left" nor "Right". */
    public static Chirality fromLabel(String handedness) {
        if ("Left".equalsIgnoreCase(handedness)) {
            return LABEL_LEFT;
        }
        if ("Right".equalsIgnoreCase(handedness)) {
            return LABEL_RIGHT;
        }
        return null;
    }

    public String label() {
        return this == LABEL_LEFT ? "Left" : "Right";
    }
}
