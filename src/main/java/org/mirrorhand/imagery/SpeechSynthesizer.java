package org.mirrorhand.imagery;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Turns a segment's text into speech at run time, for segments that have no recorded audio. Called off the JavaFX
 * thread (synthesis takes about a second per sentence).
 */
public interface SpeechSynthesizer {
    /** Whether the engine is installed and works on this computer. */
    boolean available();

    /** Why it is not available, in words for the user (empty when it is). */
    String unavailableReason();

    /** A WAV file with the spoken text, or empty when the engine is not available. */
    Optional<Path> speak(String text) throws IOException;
}
