package org.mirrorhand.mirror;

/** How the picture is mirrored during therapy. */
public enum MirrorMode {
    /** No trick: the picture as in a mirror, both hands visible (measuring, checking the camera). */
    NONE("Plain picture"),
    /** The whole picture flipped left to right: the working hand appears where the affected hand is. */
    FULL_FLIP("Whole picture flipped"),
    /** Like a mirror box: the working hand's half plus its own reflection; the affected side is never shown. */
    MIRROR_BOX("Mirror box"),
    /** The affected side's real background, with only the reflected working hand drawn onto it. */
    HAND_ONLY("Hand only"),
    /** The picture as in a mirror with the affected side dimmed, and a drawn hand there moving as the working hand does. */
    VIRTUAL_HAND("Virtual hand"),
    /** The virtual hand over a plain calm colour: nothing of the room on the affected side, for a survivor it distracts. */
    VIRTUAL_HAND_PLAIN("Virtual hand, plain");

    private final String label;

    MirrorMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True for the modes that draw the virtual hand on the affected side. */
    public boolean virtualHand() {
        return this == VIRTUAL_HAND || this == VIRTUAL_HAND_PLAIN;
    }

    /** The modes offered for therapy (the plain picture is not a therapy mode). */
    public static java.util.List<MirrorMode> therapyModes() {
        return java.util.List.of(FULL_FLIP, MIRROR_BOX, HAND_ONLY, VIRTUAL_HAND, VIRTUAL_HAND_PLAIN);
    }
}
