package org.mirrorhand.capture;

/**
 * A camera or video problem the user can act on. The message is one plain sentence naming the device or file and what to
 * do next; it is shown as it is, never with a stack trace.
 */
public class CaptureException extends MediaException {
    private static final long serialVersionUID = 1L;


    private final Kind kind;

    public CaptureException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public CaptureException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** What went wrong, so the app can offer the right next step (retry, choose another camera, pick another file). */
    public enum Kind { NO_CAMERA, CAMERA_BUSY, CAMERA_LOST, UNREADABLE_FILE }
}
