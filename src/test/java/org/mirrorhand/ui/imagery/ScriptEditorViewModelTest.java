package org.mirrorhand.ui.imagery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mirrorhand.ui.FxTesting.onFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.imagery.AudioOutput;
import org.mirrorhand.imagery.AudioUnavailableException;
import org.mirrorhand.imagery.SilentAudioOutput;
import org.mirrorhand.imagery.FestivalSpeech;
import org.mirrorhand.imagery.ImageryScript;
import org.mirrorhand.imagery.JavaFxAudioOutput;
import org.mirrorhand.imagery.PreparedSegment;
import org.mirrorhand.imagery.ScriptReader;
import org.mirrorhand.imagery.Segment;
import org.mirrorhand.imagery.SineLine;
import org.mirrorhand.imagery.SpeechSynthesizer;
import org.mirrorhand.ui.FxTesting;

/**
 * The editor's reordering and listening back, with the real script writer and reader, the real JavaFX sound output
 * (into the null ALSA device) and FFmpeg; on the JavaFX thread because the sound output lives there.
 */
class ScriptEditorViewModelTest {
    @TempDir
    Path data;

    @BeforeAll
    static void fx() throws Exception {
        FxTesting.start();
    }

    private TestContext twoSecondMicrophone() {
        return new TestContext(data, format -> new SineLine(format, 44_100));
    }

    private static ScriptEditorViewModel threeParts(TestContext t) {
        ScriptEditorViewModel model = new ScriptEditorViewModel(null, false, t.context, t.navigation);
        model.titleProperty().set("Order test");
        model.segments().get(0).textProperty().set("First, breathe out.");
        model.addSegment();
        model.segments().get(1).textProperty().set("Second, feel the palm.");
        model.addSegment();
        model.segments().get(2).textProperty().set("Third, open the fingers.");
        return model;
    }

    private static List<String> texts(List<Segment> segments) {
        return segments.stream().map(Segment::text).toList();
    }

    private ImageryScript readBack(TestContext t, ScriptEditorViewModel model) throws Exception {
        return new ScriptReader().read(t.context.own().scripts().resolve(model.scriptId() + ".json"),
                t.context.own().audio());
    }

    @Test
    void movingAPartKeepsItSelectedAndTheNewOrderIsWhatIsSavedAndPlayed() throws Exception {
        TestContext t = twoSecondMicrophone();
        onFx(() -> {
            ScriptEditorViewModel model = threeParts(t);
            SegmentDraft third = model.segments().get(2);
            model.moveUp();
            assertEquals(1, model.selectedProperty().get());
            assertSame(third, model.segments().get(1));
            model.moveUp();
            assertSame(third, model.segments().get(0));
            model.moveUp();
            assertEquals("Part 1 is already the first part.", model.messageProperty().get());
            assertSame(third, model.segments().get(0));
            model.selectedProperty().set(1);
            model.moveDown();
            assertEquals(2, model.selectedProperty().get());
            model.moveDown();
            assertEquals("Part 3 is already the last part.", model.messageProperty().get());
            assertTrue(model.save(), model.messageProperty().get());
            ImageryScript saved = readBack(t, model);
            List<String> expected = List.of("Third, open the fingers.", "Second, feel the palm.", "First, breathe out.");
            assertEquals(expected, texts(saved.segments()));
            assertEquals(List.of("03", "02", "01"), saved.segments().stream().map(Segment::id).toList());
            List<PreparedSegment> played = t.context.preparer().prepare(saved).segments();
            assertEquals(expected, played.stream().map(p -> p.segment().text()).toList());
            return null;
        });
    }

    @Test
    void aRecordingMovesWithItsPart() throws Exception {
        TestContext t = twoSecondMicrophone();
        onFx(() -> {
            ScriptEditorViewModel model = threeParts(t);
            model.selectedProperty().set(0);
            model.toggleRecording();
            model.toggleRecording();
            model.moveDown();
            model.moveDown();
            assertTrue(model.save(), model.messageProperty().get());
            ImageryScript saved = readBack(t, model);
            assertEquals("First, breathe out.", saved.segments().get(2).text());
            assertEquals(Optional.of(model.scriptId() + "/01.wav"), saved.segments().get(2).audio());
            assertTrue(Files.isRegularFile(saved.audioFile(saved.segments().get(2)).orElseThrow()));
            assertEquals(Optional.empty(), saved.segments().get(0).audio());
            return null;
        });
    }

    @Test
    void playingAPartsRecordingSoundsUntilPressedAgain() throws Exception {
        TestContext t = twoSecondMicrophone();
        ScriptEditorViewModel model = onFx(() -> {
            ScriptEditorViewModel m = threeParts(t);
            m.toggleRecording();
            m.toggleRecording();
            m.toggleListening();
            return m;
        });
        assertTrue(onFx(model::isListening));
        assertEquals("Playing part 3 in your voice, 0:02. Press Ctrl+P to stop.", onFx(() ->
                model.messageProperty().get()));
        JavaFxAudioOutput output = (JavaFxAudioOutput) t.outputs.get(0);
        assertTrue(FxTesting.waitFor(output::isPlaying, 10_000), "JavaFX plays the recording");
        onFx(model::toggleListening);
        assertFalse(onFx(model::isListening));
        assertFalse(onFx(output::isPlaying));
        assertEquals("Stopped.", onFx(() -> model.messageProperty().get()));
    }

    @Test
    void playingStopsAtTheEndOfThePartWhenAnotherPartIsChosenAndWhenTheEditorCloses() throws Exception {
        TestContext t = twoSecondMicrophone();
        onFx(() -> {
            ScriptEditorViewModel model = threeParts(t);
            model.toggleRecording();
            model.toggleRecording();
            model.toggleListening();
            t.advance(Duration.ofMillis(1900));
            model.tick();
            assertTrue(model.isListening(), "still within the 2 s recording");
            t.advance(Duration.ofMillis(200));
            model.tick();
            assertFalse(model.isListening(), "the recording has ended");

            model.toggleListening();
            assertSame(model.segments().get(2), model.listeningProperty().get());
            model.moveUp();
            assertTrue(model.isListening(), "moving the part keeps it selected, so it keeps playing");
            model.selectedProperty().set(0);
            assertFalse(model.isListening());

            model.selectedProperty().set(1);
            model.toggleListening();
            model.save();
            model.leave();
            assertFalse(model.isListening());
            assertEquals(List.of("list"), t.navigation.visits);
            return null;
        });
    }

    @Test
    void aPartWithoutARecordingIsReadByTheComputerVoice() throws Exception {
        Assumptions.assumeTrue(new FestivalSpeech(data.resolve("probe")).available(),
                "Festival (text2wave with the festvox-us-slt-hts voice) is not installed here");
        TestContext t = twoSecondMicrophone();
        onFx(() -> {
            ScriptEditorViewModel model = threeParts(t);
            model.toggleListening();
            assertTrue(model.isListening());
            assertTrue(model.messageProperty().get().startsWith("Playing part 3 in the computer voice, 0:0"),
                    model.messageProperty().get());
            return null;
        });
        JavaFxAudioOutput output = (JavaFxAudioOutput) t.outputs.get(0);
        assertTrue(FxTesting.waitFor(output::isPlaying, 10_000), "JavaFX plays the computer voice");
        onFx(() -> output.close());
    }

    @Test
    void withoutAComputerVoiceAnUnrecordedPartSaysSoAndNothingPlays() throws Exception {
        SpeechSynthesizer none = new SpeechSynthesizer() {
            @Override
            public boolean available() {
                return false;
            }

            @Override
            public String unavailableReason() {
                return "the computer voice (Festival, program text2wave) is not installed";
            }

            @Override
            public Optional<Path> speak(String text) {
                return Optional.empty();
            }
        };
        TestContext t = new TestContext(data, format -> new SineLine(format, 44_100), JavaFxAudioOutput::new, none);
        onFx(() -> {
            ScriptEditorViewModel model = threeParts(t);
            model.toggleListening();
            assertFalse(model.isListening());
            assertEquals("Part 3 has no recording, and the computer voice cannot read it here (the computer voice "
                    + "(Festival, program text2wave) is not installed). Record the part (Ctrl+R) to hear it.",
                    model.messageProperty().get());
            assertTrue(model.save());
            return null;
        });
    }

    @Test
    void aDamagedRecordingNamesThePartAndTheScriptStillSaves() throws Exception {
        TestContext t = twoSecondMicrophone();
        onFx(() -> {
            ScriptEditorViewModel model = threeParts(t);
            model.toggleRecording();
            model.toggleRecording();
            Path wav = t.context.own().audio().resolve(model.segments().get(2).audioProperty().get());
            Files.writeString(wav, "this is not sound at all");
            model.toggleListening();
            assertFalse(model.isListening());
            assertEquals("Part 3: the recording cannot be played (file damaged); record it again (Ctrl+R).",
                    model.messageProperty().get());
            assertTrue(model.save(), model.messageProperty().get());
            assertEquals(3, readBack(t, model).segments().size());
            return null;
        });
    }

    @Test
    void aMissingRecordingFileNamesThePart() throws Exception {
        TestContext t = twoSecondMicrophone();
        onFx(() -> {
            ScriptEditorViewModel model = threeParts(t);
            model.toggleRecording();
            model.toggleRecording();
            Files.delete(t.context.own().audio().resolve(model.segments().get(2).audioProperty().get()));
            model.toggleListening();
            assertEquals("Part 3: the recording cannot be played (file missing); record it again (Ctrl+R).",
                    model.messageProperty().get());
            return null;
        });
    }

    @Test
    void noSoundOutputSaysSoNamingThePartAndTheEditorKeepsWorking() throws Exception {
        TestContext t = new TestContext(data, format -> new SineLine(format, 44_100), NoSpeakers::new,
                new FestivalSpeech(data.resolve("tts")));
        onFx(() -> {
            ScriptEditorViewModel model = threeParts(t);
            model.toggleRecording();
            model.toggleRecording();
            model.toggleListening();
            assertFalse(model.isListening());
            assertEquals("Part 3 cannot be heard: this computer has no working sound output. Check the speakers or "
                    + "headphones; nothing in the script is lost.", model.messageProperty().get());
            model.moveUp();
            assertTrue(model.save(), model.messageProperty().get());
            assertEquals(Optional.of(model.scriptId() + "/03.wav"), readBack(t, model).segments().get(1).audio());
            return null;
        });
    }

    @Test
    void deletingARecordingKeepsTheWordsAndTheFileGoesOnlyWhenSaved() throws Exception {
        TestContext t = twoSecondMicrophone();
        onFx(() -> {
            ScriptEditorViewModel model = threeParts(t);
            model.toggleRecording();
            model.toggleRecording();
            assertTrue(model.save());
            Path wav = t.context.own().audio().resolve(model.segments().get(2).audioProperty().get());
            model.deleteRecording();
            assertEquals("Third, open the fingers.", model.segments().get(2).textProperty().get());
            assertNull(model.segments().get(2).recordedProperty().get());
            assertEquals("Computer voice", model.segments().get(2).voiceLabel());
            assertTrue(Files.isRegularFile(wav), "not saved yet, so nothing is lost");
            model.deleteRecording();
            assertEquals("Part 3 has no recording to delete.", model.messageProperty().get());
            assertTrue(model.save());
            assertFalse(Files.exists(wav));
            assertEquals(Optional.empty(), readBack(t, model).segments().get(2).audio());
            return null;
        });
    }

    @Test
    void aFailureWhilePlayingStopsThePartAndNamesIt() throws Exception {
        FailsLater output = new FailsLater();
        TestContext t = new TestContext(data, format -> new SineLine(format, 44_100), () -> output,
                new FestivalSpeech(data.resolve("tts")));
        onFx(() -> {
            ScriptEditorViewModel model = threeParts(t);
            model.toggleRecording();
            model.toggleRecording();
            model.toggleListening();
            assertTrue(model.isListening());
            output.onFailure.accept("the sound system could not play 03.wav (decoder error)");
            assertFalse(model.isListening());
            assertEquals("Part 3: the recording cannot be played (the sound system could not play 03.wav (decoder "
                    + "error)); record it again (Ctrl+R).", model.messageProperty().get());
            model.toggleListening();
            output.onFailure.accept("this computer has no working sound output (the audio system could not open a "
                    + "player for 03.wav)");
            assertEquals("Part 3 cannot be heard: this computer has no working sound output (the audio system could "
                    + "not open a player for 03.wav). Check the speakers or headphones; nothing in the script is "
                    + "lost.", model.messageProperty().get());
            assertFalse(model.isListening());
            return null;
        });
    }

    /** A sound output that starts, then reports a failure when the test says, as JavaFX reports one later. */
    private static final class FailsLater extends SilentAudioOutput {
        @Override
        public void play(Path file, Duration from) {
        }
    }

    /** A sound output like JavaFX's on a computer with no sound device: it cannot open a player. */
    private static final class NoSpeakers extends SilentAudioOutput {
        @Override
        public void play(Path file, Duration from) throws AudioUnavailableException {
            throw new AudioUnavailableException("this computer has no working sound output", null);
        }
    }
}
