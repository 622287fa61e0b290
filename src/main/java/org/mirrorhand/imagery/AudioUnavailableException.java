package org.mirrorhand.imagery;

/** Sound cannot be played: no output device, or a file the platform cannot decode. The message is for the user. */
public final class AudioUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    public AudioUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
