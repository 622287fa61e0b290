package org.mirrorhand.imagery;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import javafx.scene.media.Media;
import javafx.scene.media.MediaException;
import javafx.scene.media.MediaPlayer;

/**
 * {@link AudioOutput} over JavaFX's MediaPlayer, which plays MP3 and WAV on Windows, macOS and Linux. One player per
 * file; the previous one is disposed, so native resources never pile up. JavaFX thread only.
 */
public final class JavaFxAudioOutput implements AudioOutput {
    private MediaPlayer player;
    private double volume = 1.0;
    private Consumer<String> onFailure = reason -> { };

    @Override
    public void play(Path file, Duration from) throws AudioUnavailableException {
        stop();
        try {
            MediaPlayer next = new MediaPlayer(new Media(file.toUri().toString()));
            next.setVolume(volume);
            next.setOnError(() -> onFailure.accept(describe(next.getError(), file)));
            javafx.util.Duration start = javafx.util.Duration.millis(from.toMillis());
            // Seeking before the player is ready is ignored by some platforms, so start time is set instead.
            next.setStartTime(start);
            next.play();
            player = next;
        } catch (MediaException | IllegalArgumentException | UnsupportedOperationException e) {
            throw new AudioUnavailableException(describe(e, file), e);
        }
    }

    @Override
    public void pause() {
        if (player != null) {
            player.pause();
        }
    }

    @Override
    public void resume() {
        if (player != null) {
            player.play();
        }
    }

    @Override
    public void stop() {
        if (player != null) {
            player.stop();
            player.dispose();
            player = null;
        }
    }

    @Override
    public void setVolume(double volume) {
        this.volume = volume;
        if (player != null) {
            player.setVolume(volume);
        }
    }

    @Override
    public void setOnFailure(Consumer<String> listener) {
        this.onFailure = listener;
    }

    @Override
    public void close() {
        stop();
    }

    /** Whether the current file is playing now (JavaFX reports PLAYING only once sound flows). */
    public boolean isPlaying() {
        return player != null && player.getStatus() == MediaPlayer.Status.PLAYING;
    }

    /** The current player's state, for tests that check sound really flows; empty when nothing is loaded. */
    java.util.Optional<MediaPlayer.Status> status() {
        return player == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(player.getStatus());
    }

    /** The reason in plain words; "Could not create player" is what JavaFX says when there is no sound device. */
    static String describe(Throwable error, Path file) {
        String detail = error == null || error.getMessage() == null ? "unknown error" : error.getMessage();
        if (detail.contains("Could not create player") || detail.contains("MEDIA_UNAVAILABLE")) {
            return "this computer has no working sound output (the audio system could not open a player for "
                    + file.getFileName() + ")";
        }
        if (error instanceof MediaException media && media.getType() == MediaException.Type.MEDIA_UNSUPPORTED) {
            // On Linux JavaFX decodes MP3 through the system's FFmpeg libraries, which a minimal system may lack.
            boolean linux = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
            return "the file " + file.getFileName() + " is in a format this computer cannot play"
                    + (linux ? " (on Linux, install the FFmpeg libraries, for example the package libavcodec59)" : "");
        }
        return "the sound system could not play " + file.getFileName() + " (" + detail + ")";
    }
}
