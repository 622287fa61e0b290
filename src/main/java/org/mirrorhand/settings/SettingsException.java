package org.mirrorhand.settings;

/** Settings could not be saved; the message names the file and what to do. */
public class SettingsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SettingsException(String message, Throwable cause) {
        super(message, cause);
    }
}
