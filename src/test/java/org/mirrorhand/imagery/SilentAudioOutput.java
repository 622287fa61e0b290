package org.mirrorhand.imagery;

import java.util.function.Consumer;

/**
 * A sound output for tests that only care what is played: everything but {@link #play} does nothing, and the failure
 * listener is kept so a test can report a late failure the way the JavaFX player does.
 */
public abstract class SilentAudioOutput implements AudioOutput {
    public Consumer<String> onFailure = reason -> { };

    @Override
    public void pause() {
    }

    @Override
    public void resume() {
    }

    @Override
    public void stop() {
    }

    @Override
    public void setVolume(double volume) {
    }

    @Override
    public void setOnFailure(Consumer<String> listener) {
        onFailure = listener;
    }

    @Override
    public void close() {
    }
}
