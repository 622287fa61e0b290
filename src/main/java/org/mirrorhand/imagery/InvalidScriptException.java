package org.mirrorhand.imagery;

/**
 * A script file that cannot be used. The message is one plain sentence for the user that names the file, the segment
 * when there is one, what is wrong and what to do next.
 */
public final class InvalidScriptException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidScriptException(String message) {
        super(message);
    }

    public InvalidScriptException(String message, Throwable cause) {
        super(message, cause);
    }
}
