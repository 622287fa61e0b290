package org.mirrorhand.ui.therapy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.mirrorhand.ui.FxTesting.onFx;
import static org.mirrorhand.ui.FxTesting.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.capture.Frame;
import org.mirrorhand.capture.FrameSource;
import org.mirrorhand.capture.RgbImage;
import org.mirrorhand.capture.SourceInfo;
import org.mirrorhand.imagery.AudioOutput;
import org.mirrorhand.imagery.AudioUnavailableException;
import org.mirrorhand.imagery.JavaFxAudioOutput;
import org.mirrorhand.pose.HandPoseEngines;
import org.mirrorhand.settings.SettingsStore;
import org.mirrorhand.ui.AppContext;
import org.mirrorhand.ui.FxTesting;
import org.mirrorhand.ui.InMemoryPeople;

/**
 * The real therapy screen in a real JavaFX window under Xvfb, with the real pose engine and JavaFX's MediaPlayer playing
 * the shipped prompt into ALSA's null device (the ALSA_CONFIG_PATH surefire sets). A grey test camera stands in.
 */
class TherapyScreenVoiceTest {

    @TempDir
    Path data;

    @BeforeAll
    static void startJavaFx() throws Exception {
        assumeTrue(System.getenv("DISPLAY") != null, "no DISPLAY: run under xvfb-run -a");
        FxTesting.start();
    }


    /** The real JavaFX output, counting the plays, timing them, and noting whether any ran on the JavaFX thread. */
    private static final class WatchedOutput implements AudioOutput {
        final JavaFxAudioOutput real = new JavaFxAudioOutput();
        final AtomicInteger plays = new AtomicInteger();
        final AtomicLong longestPlayNanos = new AtomicLong();
        volatile boolean playedOnFxThread;

        @Override
        public void play(Path file, Duration from) throws AudioUnavailableException {
            playedOnFxThread |= javafx.application.Platform.isFxApplicationThread();
            long t0 = System.nanoTime();
            real.play(file, from);
            longestPlayNanos.accumulateAndGet(System.nanoTime() - t0, Math::max);
            plays.incrementAndGet();
        }

        @Override
        public void pause() {
            real.pause();
        }

        @Override
        public void resume() {
            real.resume();
        }

        @Override
        public void stop() {
            real.stop();
        }

        @Override
        public void setVolume(double volume) {
            real.setVolume(volume);
        }

        @Override
        public void setOnFailure(Consumer<String> listener) {
            real.setOnFailure(listener);
        }

        @Override
        public void close() {
            real.close();
        }
    }

    private TherapyStage show(Path media, WatchedOutput output) throws Exception {
        AppContext context = new AppContext(new SettingsStore(data.resolve("settings.json")), null,
                HandPoseEngines::open, new InMemoryPeople().add("Ann"))
                .withSourceOpener(GreyCamera::new)
                .withMediaFolder(media);
        context.setCurrentPerson("Ann");
        assertTrue(context.settings().sound(), "sounds are on by default");
        return TherapyStage.show(context, () -> output, 1280, 800);
    }

    @Test
    void startingASessionWithSoundOnSpeaksThePromptWhileTheMirrorRuns() throws Exception {
        WatchedOutput output = new WatchedOutput();
        TherapyStage s = show(Path.of("media"), output);
        try {
            long[] worstFxWaitNanos = {0};
            onFx(() -> ((Button) s.screen().firstFocus()).fire());
            // While the prompt starts, how long does a tiny task wait for the JavaFX thread? (figure, not a test)
            for (int i = 0; i < 50; i++) {
                long t0 = System.nanoTime();
                onFx(() -> { });
                worstFxWaitNanos[0] = Math.max(worstFxWaitNanos[0], System.nanoTime() - t0);
                Thread.sleep(20);
            }
            assertTrue(waitFor(output.real::isPlaying, 10_000), "the prompt plays (the null ALSA device takes it)");
            assertTrue(!output.playedOnFxThread, "the player is set up off the JavaFX thread");
            assertTrue(waitFor(() -> s.screen().display().lastShownProperty().get() != null, 10_000),
                    "the mirror shows frames while the prompt is spoken");
            assertEquals(1, output.plays.get());
            assertEquals("", onFx(() -> s.screen().soundProblemProperty().get()), "no sound problem");
            FxTesting.screenshot(s.scene(), "therapy-voice-live");
            System.out.printf("first prompt play() took %.1f ms on the voice thread; the JavaFX thread answered within"
                    + " %.1f ms at worst meanwhile%n", output.longestPlayNanos.get() / 1e6, worstFxWaitNanos[0] / 1e6);

            s.key(KeyCode.R);
            assertTrue(waitFor(() -> output.plays.get() == 2, 5_000), "R says the exercise again");
            assertTrue(waitFor(output.real::isPlaying, 10_000), "and it plays");
            s.key(KeyCode.ESCAPE);
            assertTrue(waitFor(() -> !output.real.isPlaying(), 2_000), "stopping the session stops the voice");
        } finally {
            s.close();
        }
    }

    @Test
    void aMissingRecordingShowsOneLineAndTheSessionCarriesOn(@TempDir Path media) throws Exception {
        Files.copy(Path.of("media", "prompts.json"), media.resolve("prompts.json"));
        WatchedOutput output = new WatchedOutput();
        TherapyStage s = show(media, output);
        try {
            onFx(() -> ((Button) s.screen().firstFocus()).fire());
            assertTrue(waitFor(() -> s.screen().display().lastShownProperty().get() != null, 10_000),
                    "the mirror runs without the recording");
            String problem = onFx(() -> s.screen().soundProblemProperty().get());
            assertEquals(PromptVoice.MISSING, problem);
            assertTrue(waitFor(() -> PromptVoice.MISSING.equals(((javafx.scene.control.Label) s.scene().lookup("#band-message"))
                    .getText()), 5_000), "the line is in the message band");
            assertEquals(0, output.plays.get());
            FxTesting.screenshot(s.scene(), "therapy-voice-missing-recording");
        } finally {
            s.close();
        }
    }
}
