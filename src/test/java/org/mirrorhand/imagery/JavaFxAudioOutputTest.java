package org.mirrorhand.imagery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.media.MediaPlayer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mirrorhand.ui.FxTesting;

/**
 * The real JavaFX player on the shipped audio. On CI there is no sound card: pom.xml points ALSA_CONFIG_PATH at
 * src/test/resources/alsa/asound-null.conf, whose default device discards the sound, so the player can still run.
 */
class JavaFxAudioOutputTest {
    @BeforeAll
    static void fx() throws Exception {
        FxTesting.start();
    }

    @Test
    void playsAShippedMp3UntilItReportsPlayingWithoutFailure() throws Exception {
        List<String> failures = new CopyOnWriteArrayList<>();
        JavaFxAudioOutput output = FxTesting.onFx(() -> new JavaFxAudioOutput());
        FxTesting.onFx(() -> {
            output.setOnFailure(failures::add);
            try {
                output.play(Path.of("media/audio/opening-the-hand/01.mp3"), Duration.ofMillis(500));
            } catch (AudioUnavailableException e) {
                failures.add(e.getMessage());
            }
        });
        Optional<MediaPlayer.Status> status = Optional.empty();
        for (int i = 0; i < 100 && failures.isEmpty(); i++) {
            status = FxTesting.onFx(output::status);
            if (status.equals(Optional.of(MediaPlayer.Status.PLAYING))) {
                break;
            }
            Thread.sleep(100);   // waiting for a state, not pacing: PLAYING usually comes within a few hundred ms
        }
        FxTesting.onFx(output::close);
        assertEquals(List.of(), failures, "ALSA_CONFIG_PATH=" + System.getenv("ALSA_CONFIG_PATH"));
        assertEquals(Optional.of(MediaPlayer.Status.PLAYING), status);
    }

    @Test
    void describesAMissingSoundDeviceInPlainWords() {
        String message = JavaFxAudioOutput.describe(new RuntimeException("Could not create player!"),
                Path.of("x/01.mp3"));
        assertTrue(message.contains("no working sound output") && message.contains("01.mp3"), message);
    }
}
