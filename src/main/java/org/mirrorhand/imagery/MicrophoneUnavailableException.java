package org.mirrorhand.imagery;

/** No microphone can be opened; the message says so plainly and what to try. */
public final class MicrophoneUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    public MicrophoneUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
