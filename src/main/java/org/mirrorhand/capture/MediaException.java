package org.mirrorhand.capture;

/**
 * A problem with an input file or device that the user can act on. The message is one plain sentence naming the file or
 * device, the problem, and what to do; it is shown as it is, without a stack trace.
 */
public class MediaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MediaException(String message) {
        super(message);
    }

    public MediaException(String message, Throwable cause) {
        super(message, cause);
    }
}
