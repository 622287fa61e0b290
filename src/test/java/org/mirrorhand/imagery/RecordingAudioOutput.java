package org.mirrorhand.imagery;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** An {@link AudioOutput} that writes down what it was asked to do, and can fail like a machine without speakers. */
final class RecordingAudioOutput implements AudioOutput {
    final List<String> calls = new ArrayList<>();
    boolean noSoundDevice;
    Consumer<String> onFailure = r -> { };

    @Override
    public void play(Path file, Duration from) throws AudioUnavailableException {
        if (noSoundDevice) {
            throw new AudioUnavailableException(JavaFxAudioOutput.describe(
                    new RuntimeException("Could not create player!"), file), null);
        }
        calls.add("play " + file.getFileName() + " from " + from.toMillis() + " ms");
    }

    @Override
    public void pause() {
        calls.add("pause");
    }

    @Override
    public void resume() {
        calls.add("resume");
    }

    @Override
    public void stop() {
        calls.add("stop");
    }

    @Override
    public void setVolume(double volume) {
        calls.add("volume " + volume);
    }

    @Override
    public void setOnFailure(Consumer<String> listener) {
        onFailure = listener;
    }

    @Override
    public void close() {
        calls.add("close");
    }

    /** The calls since the last look, then forgets them. */
    List<String> take() {
        List<String> taken = List.copyOf(calls);
        calls.clear();
        return taken;
    }
}
