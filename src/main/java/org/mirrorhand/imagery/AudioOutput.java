package org.mirrorhand.imagery;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Plays one audio file at a time. {@link ImageryPlayer} drives it from the timeline, so an implementation only makes
 * sound: it never decides what comes next. Called on the JavaFX thread.
 */
public interface AudioOutput extends AutoCloseable {
    /**
     * Plays a file from a point, replacing whatever was playing.
     *
     * @throws AudioUnavailableException when there is no sound output or the file cannot be played
     */
    void play(Path file, Duration from) throws AudioUnavailableException;

    void pause();

    void resume();

    void stop();

    /** @param volume 0 (silent) to 1 (full) */
    void setVolume(double volume);

    /**
     * Where failures that happen later, while playing, are reported: a sentence saying what failed, without the
     * script or segment, which the caller adds. Called on the JavaFX thread.
     */
    void setOnFailure(Consumer<String> listener);

    @Override
    void close();
}
