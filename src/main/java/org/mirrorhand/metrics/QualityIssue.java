package org.mirrorhand.metrics;

/** Why a number was not measured, in words a therapist can read. */
public enum QualityIssue {
    LOW_PRESENCE("the hand tracker was not sure a hand was there"),
    INVALID_LANDMARKS("the tracker gave missing or non-numeric points"),
    IMPLAUSIBLE_BONES("bone lengths are not those of a human hand, so the tracker has lost the shape"),
    PALM_EDGE_ON("the hand is seen from the side, so the fingers hide one another"),
    FINGER_OUT_OF_VIEW("the finger is outside the picture"),
    FINGER_HIDDEN("the finger overlaps the other hand in the picture, so one hides the other"),
    BEND_ALONG_LINE_OF_SIGHT("the joint looks straight in the picture; its bend comes only from estimated depth"),
    FINGER_CURLED("a finger is curled too far for its spread to mean anything"),
    TOO_FAST("the hand moved too fast between frames to trust the shape");

    private final String explanation;

    QualityIssue(String explanation) {
        this.explanation = explanation;
    }

    public String explanation() {
        return explanation;
    }
}
