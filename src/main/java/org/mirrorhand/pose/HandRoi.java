package org.mirrorhand.pose;

/**
 * A region to run the landmark model on, with where it came from.
 *
 * @param rect    the region
 * @param trackId the hand it follows in video mode (new id for a fresh palm detection)
 * @param tracked true when it comes from the previous frame's landmarks rather than palm detection
 */
record HandRoi(NormRect rect, int trackId, boolean tracked) {
}
