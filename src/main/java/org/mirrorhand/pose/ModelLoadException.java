package org.mirrorhand.pose;

/**
 * A hand model could not be loaded: the message names the model file and says what to do, and is fit to show to the
 * user as it is.
 */
public class ModelLoadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ModelLoadException(String message) {
        super(message);
    }

    public ModelLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
