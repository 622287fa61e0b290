package org.mirrorhand.capture;

/**
 * A camera the system offers.
 *
 * @param index the number OpenCV opens it by (0 for the first camera)
 * @param name  a name to show, e.g. "Integrated Webcam" or "Camera 1"
 */
public record CameraInfo(int index, String name) {
    @Override
    public String toString() {
        return name;
    }
}
