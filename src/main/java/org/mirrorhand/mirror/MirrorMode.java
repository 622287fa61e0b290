package org.mirrorhand.mirror;

/** How the picture is mirrored during therapy. */
public enum MirrorMode {
    /** The whole picture flipped left to right: the working hand appears where the affected hand is. */
    FULL_FLIP("Whole picture flipped"),
    /** Like a mirror box: the working hand's half plus its own reflection; the affected side is never shown. */
    MIRROR_BOX("Mirror box"),
    /** The affected side's real background, with only the reflected working hand drawn onto it. */
    HAND_ONLY("Hand only");

    private final String label;

    MirrorMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
