package org.mirrorhand.imagery;

import java.io.IOException;

/**
 * Where finished listenings are saved. The session history feature implements it over its SQLite store; this package
 * only defines it. Called off the JavaFX thread.
 */
public interface ImageryLog {
    void record(ImagerySession session) throws IOException;
}
