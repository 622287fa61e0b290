package org.mirrorhand.ui.therapy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.imagery.AudioOutput;
import org.mirrorhand.imagery.AudioUnavailableException;
import org.mirrorhand.imagery.SilentAudioOutput;

/**
 * The voice over the shipped media folder, with a sound output that records or refuses what it is asked to play. The
 * voice's thread is the test's own here, so each call has finished when it returns.
 */
class PromptVoiceTest {

    private static final Path MEDIA = Path.of("media");

    /** Plays nothing; remembers the files, or refuses as a computer without a sound card does. */
    private static final class FakeOutput extends SilentAudioOutput {
        final List<Path> played = new ArrayList<>();
        final boolean noSoundCard;

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
    }

    private final List<String> problems = new ArrayList<>();
    private final List<String> logged = new ArrayList<>();

    private PromptVoice voice(Optional<Path> media, AudioOutput output) {
        return new PromptVoice(media, () -> output, problems::add, logged::add, Runnable::run);
    }

    @Test
    void anExercisePromptPlaysItsOwnRecordingFromTheStart() {
        FakeOutput out = new FakeOutput(false);
        voice(Optional.of(MEDIA), out).say(Exercise.SPREAD_FINGERS.prompt());
        assertEquals(List.of(MEDIA.resolve("audio/prompts/spread-fingers.mp3")), out.played);
        assertEquals(List.of(), problems);
    }

    @Test
    void withoutASoundCardOneClearLineIsReportedOnceAndNothingIsThrown() {
        PromptVoice voice = voice(Optional.of(MEDIA), new FakeOutput(true));
        voice.say(Exercise.OPEN_HAND.prompt());
        voice.say(Exercise.OPEN_HAND.prompt());
        voice.say(TherapyViewModel.REST_HINT);
        assertEquals(List.of(PromptVoice.NO_SOUND), problems, "one short line on screen");
        assertEquals(1, logged.size(), logged.toString());
        assertTrue(logged.get(0).contains("no working sound output") && logged.get(0).contains("shown on screen"),
                logged.get(0));
    }

    @Test
    void aSoundThatFailsWhilePlayingIsReportedAsOneLine() {
        FakeOutput out = new FakeOutput(false);
        voice(Optional.of(MEDIA), out).say(Exercise.THUMB_OUT.prompt());
        out.onFailure.accept("the sound system could not play thumb-out.mp3 (device lost)");
        assertEquals(List.of(PromptVoice.NO_SOUND), problems);
        assertTrue(logged.get(0).contains("device lost"), logged.get(0));
    }

    @Test
    void aMissingRecordingIsNamedAndNothingIsPlayed(@TempDir Path media) throws Exception {
        Files.copy(MEDIA.resolve("prompts.json"), media.resolve("prompts.json"));
        FakeOutput out = new FakeOutput(false);
        voice(Optional.of(media), out).say(Exercise.OPEN_HAND.prompt());
        assertEquals(List.of(), out.played);
        assertEquals(List.of(PromptVoice.MISSING), problems);
        assertTrue(logged.get(0).contains("open-hand.mp3") && logged.get(0).contains("generate-audio.sh"),
                logged.get(0));
    }

    @Test
    void wordsWithoutARecordingAreNeverSpokenWithAnotherRecording() {
        FakeOutput out = new FakeOutput(false);
        voice(Optional.of(MEDIA), out).say("Open your hand wide, then close it.");
        assertEquals(List.of(), out.played);
        assertEquals(List.of(PromptVoice.MISSING), problems);
        assertTrue(logged.get(0).contains("no recording of \"Open your hand wide, then close it.\""), logged.get(0));
    }

    @Test
    void withoutAMediaFolderTheVoiceSaysWhereToPointItOnce() {
        PromptVoice voice = voice(Optional.empty(), new FakeOutput(false));
        voice.say(Exercise.OPEN_HAND.prompt());
        voice.say(TherapyViewModel.TARGET_REACHED);
        assertEquals(List.of(PromptVoice.MISSING), problems);
        assertEquals(1, logged.size());
        assertTrue(logged.get(0).contains("MIRRORHAND_MEDIA"), logged.get(0));
    }
}
