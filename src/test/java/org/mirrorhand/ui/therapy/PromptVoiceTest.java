package org.mirrorhand.ui.therapy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.imagery.AudioOutput;
import org.mirrorhand.imagery.AudioUnavailableException;

/**
 * The voice over the shipped media folder, with a sound output that records or refuses what it is asked to play. The
 * voice's thread is the test's own here, so each call has finished when it returns.
 */
class PromptVoiceTest {

    private static final Path MEDIA = Path.of("media");

    /** Plays nothing; remembers the files, or refuses as a computer without a sound card does. */
    private static final class FakeOutput implements AudioOutput {
        final List<Path> played = new ArrayList<>();
        final boolean noSoundCard;
        Consumer<String> onFailure = r -> { };

        FakeOutput(boolean noSoundCard) {
            this.noSoundCard = noSoundCard;
        }

        @Override
        public void play(Path file, Duration from) throws AudioUnavailableException {
            if (noSoundCard) {
                throw new AudioUnavailableException("this computer has no working sound output", null);
            }
            played.add(file);
        }

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

    private final List<String> problems = new ArrayList<>();

    @Test
    void anExercisePromptPlaysItsOwnRecordingFromTheStart() {
        FakeOutput out = new FakeOutput(false);
        new PromptVoice(Optional.of(MEDIA), () -> out, problems::add, Runnable::run).say(Exercise.SPREAD_FINGERS.prompt());
        assertEquals(List.of(MEDIA.resolve("audio/prompts/spread-fingers.mp3")), out.played);
        assertEquals(List.of(), problems);
    }

    @Test
    void withoutASoundCardOneClearLineIsReportedOnceAndNothingIsThrown() {
        PromptVoice voice = new PromptVoice(Optional.of(MEDIA), () -> new FakeOutput(true), problems::add, Runnable::run);
        voice.say(Exercise.OPEN_HAND.prompt());
        voice.say(Exercise.OPEN_HAND.prompt());
        voice.say(TherapyViewModel.REST_HINT);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("no working sound output") && problems.get(0).contains("shown on screen"),
                problems.get(0));
    }

    @Test
    void aSoundThatFailsWhilePlayingIsReportedAsOneLine() {
        FakeOutput out = new FakeOutput(false);
        new PromptVoice(Optional.of(MEDIA), () -> out, problems::add, Runnable::run).say(Exercise.THUMB_OUT.prompt());
        out.onFailure.accept("the sound system could not play thumb-out.mp3 (device lost)");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("device lost"), problems.get(0));
    }

    @Test
    void aMissingRecordingIsNamedAndNothingIsPlayed(@TempDir Path media) throws Exception {
        Files.copy(MEDIA.resolve("prompts.json"), media.resolve("prompts.json"));
        FakeOutput out = new FakeOutput(false);
        new PromptVoice(Optional.of(media), () -> out, problems::add, Runnable::run).say(Exercise.OPEN_HAND.prompt());
        assertEquals(List.of(), out.played);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("open-hand.mp3") && problems.get(0).contains("missing"), problems.get(0));
    }

    @Test
    void wordsWithoutARecordingAreNeverSpokenWithAnotherRecording() {
        FakeOutput out = new FakeOutput(false);
        new PromptVoice(Optional.of(MEDIA), () -> out, problems::add, Runnable::run).say("Open your hand wide, then close it.");
        assertEquals(List.of(), out.played);
        assertTrue(problems.get(0).contains("no recording of \"Open your hand wide, then close it.\""), problems.get(0));
    }

    @Test
    void withoutAMediaFolderTheVoiceSaysWhereToPointItOnce() {
        PromptVoice voice = new PromptVoice(Optional.empty(), () -> new FakeOutput(false), problems::add, Runnable::run);
        voice.say(Exercise.OPEN_HAND.prompt());
        voice.say(TherapyViewModel.TARGET_REACHED);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("MIRRORHAND_MEDIA"), problems.get(0));
    }
}
