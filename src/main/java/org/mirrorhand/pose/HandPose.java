package org.mirrorhand.pose;

import java.util.List;

/**
 * One hand found in one image.
 *
 * @param handedness      MediaPipe's label ("Left" or "Right") for the image exactly as given: MediaPipe assumes a
 *                        mirrored, selfie-style image, so a right hand in an unmirrored picture is usually "Left"
 * @param handednessScore probability of that label
 * @param presence        hand presence probability from the landmark model
 * @param landmarks       21 image landmarks in {@link HandLandmark} order
 * @param worldLandmarks  21 world landmarks in metres, same order
 */
public record HandPose(String handedness, double handednessScore, double presence,
                       List<Landmark> landmarks, List<Landmark> worldLandmarks) {

    public HandPose {
        landmarks = List.copyOf(landmarks);
        worldLandmarks = List.copyOf(worldLandmarks);
    }

    public Landmark landmark(HandLandmark which) {
        return landmarks.get(which.ordinal());
    }

    public Landmark worldLandmark(HandLandmark which) {
        return worldLandmarks.get(which.ordinal());
    }
}
