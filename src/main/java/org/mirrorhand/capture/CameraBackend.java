package org.mirrorhand.capture;

import java.util.Locale;

/**
 * How cameras are opened and named on each operating system. OpenCV opens the camera (through JavaCV's
 * OpenCVFrameGrabber); the backend is chosen by adding OpenCV's backend number to the camera's index, OpenCV's
 * documented form for "camera n through backend b" (VideoCapture::open reads the hundreds as the backend). Names come
 * from the same system interface, so the n-th name is the n-th camera that backend opens:
 * <ul>
 * <li>Linux: Video4Linux2 (CAP_V4L2 = 200); names from sysfs.</li>
 * <li>Windows: DirectShow (CAP_DSHOW = 700) rather than OpenCV's default Media Foundation, because FFmpeg's dshow
 * device lists cameras by name in DirectShow's order, and Media Foundation is known to take seconds to open some
 * webcams.</li>
 * <li>macOS: AVFoundation (CAP_AVFOUNDATION = 1200); macOS asks the person's permission the first time (the app's
 * Info.plist says why). FFmpeg's avfoundation device offers no list, so cameras are offered by number.</li>
 * </ul>
 */
public enum CameraBackend {
    V4L2(200, "video4linux2"),
    DSHOW(700, "dshow"),
    AVFOUNDATION(1200, "avfoundation"),
    /** Any other system: OpenCV picks. */
    ANY(0, null);

    private final int openCvApi;
    private final String ffmpegDevice;

    CameraBackend(int openCvApi, String ffmpegDevice) {
        this.openCvApi = openCvApi;
        this.ffmpegDevice = ffmpegDevice;
    }

    /** The backend for an operating system, by its os.name. */
    public static CameraBackend forOs(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return DSHOW;
        }
        if (os.startsWith("mac")) {
            return AVFOUNDATION;
        }
        if (os.contains("linux")) {
            return V4L2;
        }
        return ANY;
    }

    /** The backend of this computer. */
    public static CameraBackend current() {
        return forOs(System.getProperty("os.name", ""));
    }

    /** The number to give OpenCV's VideoCapture to open camera {@code index} through this backend. */
    public int openCvIndex(int index) {
        if (index < 0 || index > 99) {
            throw new IllegalArgumentException("camera index out of range: " + index);
        }
        return openCvApi + index;
    }

    /** FFmpeg's input device for this backend (its -f name), or null when there is none. */
    public String ffmpegDevice() {
        return ffmpegDevice;
    }
}
