package org.mirrorhand.history;

/**
 * A problem with the history that a person can act on; the message is one plain sentence naming the file and what to
 * do next, fit to show as it is.
 */
public class HistoryException extends RuntimeException {
    public HistoryException(String message) {
        super(message);
    }

    public HistoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
