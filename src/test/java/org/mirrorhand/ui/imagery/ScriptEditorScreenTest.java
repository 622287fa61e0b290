package org.mirrorhand.ui.imagery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mirrorhand.ui.FxTesting.onFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.mirrorhand.imagery.JavaFxAudioOutput;
import org.mirrorhand.imagery.ScriptReader;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.imagery.Cue;
import org.mirrorhand.ui.FxTesting;
import org.mirrorhand.imagery.ImageryScript;
import org.mirrorhand.imagery.PreparedScript;
import org.mirrorhand.imagery.ScriptLibrary;
import org.mirrorhand.imagery.SineLine;
import org.mirrorhand.imagery.VoiceSource;

class ScriptEditorScreenTest {
    @TempDir
    Path data;

    @BeforeAll
    static void fx() throws Exception {
        FxTesting.start();
    }

    @Test
    void aTherapistWritesAScriptRecordsOnePartAndItPlaysWithTheOtherReadByTheComputer() throws Exception {
        TestContext t = new TestContext(data, format -> new SineLine(format, 44_100));
        String id = onFx(() -> {
            ScriptEditorViewModel model = new ScriptEditorViewModel(null, false, t.context, t.navigation);
            Scene scene = Screenshots.sceneOf(new ScriptEditorView(model).root());
            model.titleProperty().set("Evening hand, in Anna's voice");
            model.segments().get(0).textProperty().set("Let your shoulders soften.");
            model.segments().get(0).cueProperty().set(Cue.REST);
            Keys.press(scene, KeyCode.R, true);
            assertTrue(model.isRecording());
            Keys.press(scene, KeyCode.R, true);
            assertEquals("Your voice, 0:02", model.segments().get(0).voiceLabel());
            Keys.press(scene, KeyCode.N, true);
            model.segments().get(1).textProperty().set("Feel your fingers lengthen.");
            model.segments().get(1).silenceSecondsProperty().set(20);
            Screenshots.take(scene, "imagery-script-editor");
            Keys.press(scene, KeyCode.S, true);
            assertEquals("Saved “Evening hand, in Anna's voice”.", model.messageProperty().get());
            Keys.press(scene, KeyCode.ESCAPE);
            return model.scriptId();
        });
        assertEquals(List.of("list"), t.navigation.visits, "saved, so Escape leaves at once");
        ScriptLibrary.Contents contents = t.context.library().load();
        assertEquals(List.of(), contents.problems());
        ImageryScript saved = contents.scripts().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
        assertEquals(2, saved.segments().size());
        assertTrue(Files.isRegularFile(saved.audioFile(saved.segments().get(0)).orElseThrow()));
        assertEquals(Optional.empty(), saved.segments().get(1).audio());

        PreparedScript prepared = t.context.preparer().prepare(saved);
        assertEquals(VoiceSource.RECORDED, prepared.segments().get(0).source());
        assertEquals(2000, prepared.segments().get(0).speech().toMillis(), 5);
        VoiceSource second = prepared.segments().get(1).source();
        if (second == VoiceSource.TEXT_ONLY) {
            assertTrue(prepared.notices().get(0).contains("shown on screen"), prepared.notices().toString());
        } else {
            assertEquals(VoiceSource.COMPUTER_VOICE, second);
        }
    }

    @Test
    void noMicrophoneSaysSoNamingTheScriptAndPart() throws Exception {
        TestContext t = new TestContext(data, f -> { throw new IllegalArgumentException("No line matching"); });
        onFx(() -> {
            ScriptEditorViewModel model = new ScriptEditorViewModel(null, false, t.context, t.navigation);
            Scene scene = Screenshots.sceneOf(new ScriptEditorView(model).root());
            model.titleProperty().set("Mine");
            Keys.press(scene, KeyCode.R, true);
            assertFalse(model.isRecording());
            assertTrue(model.messageProperty().get().startsWith("Recording part '01' of “Mine”: No microphone could "
                    + "be opened"), model.messageProperty().get());
            Screenshots.take(scene, "imagery-script-editor-no-microphone");
        });
    }

    @Test
    void emptyWordsAreRefusedNamingThePartAndUnsavedChangesAreNotLostByOneEscape() throws Exception {
        TestContext t = new TestContext(data, f -> { throw new IllegalArgumentException("none"); });
        onFx(() -> {
            ScriptEditorViewModel model = new ScriptEditorViewModel(null, false, t.context, t.navigation);
            Scene scene = Screenshots.sceneOf(new ScriptEditorView(model).root());
            model.titleProperty().set("Short one");
            Keys.press(scene, KeyCode.S, true);
            assertEquals("Part 1 ('01') of “Short one” has no words yet; write them, or remove the part.",
                    model.messageProperty().get());
            Keys.press(scene, KeyCode.ESCAPE);
            assertEquals(List.of(), t.navigation.visits);
            assertTrue(model.messageProperty().get().startsWith("Not saved yet."));
            Keys.press(scene, KeyCode.ESCAPE);
        });
        assertEquals(List.of("list"), t.navigation.visits);
        assertFalse(Files.exists(data.resolve("scripts")) && Files.list(data.resolve("scripts")).findAny().isPresent());
    }

    @Test
    void aShippedScriptOpensAsACopyWithItsWordsButNoRecordings() throws Exception {
        TestContext t = new TestContext(data, f -> { throw new IllegalArgumentException("none"); });
        onFx(() -> {
            ImageryScript shipped = t.shipped("five-minute-warm-up");
            ScriptEditorViewModel model = new ScriptEditorViewModel(shipped, false, t.context, t.navigation);
            assertEquals("My Five-minute warm-up", model.titleProperty().get());
            assertEquals(12, model.segments().size());
            assertTrue(model.segments().stream().allMatch(s -> s.recordedProperty().get() == null));
            assertTrue(model.scriptId().startsWith("own-"));
        });
    }

    @Test
    void partsAreMovedAndPlayedBackWithTheKeyboardAlone() throws Exception {
        TestContext t = new TestContext(data, format -> new SineLine(format, 44_100));
        Stage stage = onFx(() -> new Stage());
        ScriptEditorViewModel model = onFx(() -> {
            ScriptEditorViewModel m = new ScriptEditorViewModel(null, false, t.context, t.navigation);
            Scene scene = Screenshots.sceneOf(new ScriptEditorView(m).root());
            stage.setScene(scene);
            stage.show();
            m.titleProperty().set("Morning hand");
            m.segments().get(0).textProperty().set("Breathe out slowly.");
            Keys.press(scene, KeyCode.R, true);
            Keys.press(scene, KeyCode.R, true);
            Keys.press(scene, KeyCode.N, true);
            m.segments().get(1).textProperty().set("Feel the palm of your hand.");
            Keys.press(scene, KeyCode.N, true);
            m.segments().get(2).textProperty().set("Let the fingers open.");
            scene.lookup("#parts").requestFocus();
            return m;
        });
        Scene scene = stage.getScene();
        @SuppressWarnings("unchecked")
        ListView<SegmentDraft> parts = (ListView<SegmentDraft>) scene.lookup("#parts");
        TextArea words = (TextArea) scene.lookup("#words");
        onFx(() -> {
            Keys.press(scene, KeyCode.UP);
            assertEquals(1, model.selectedProperty().get(), "the arrow key chooses the part above");
            Keys.pressWithAlt(scene, KeyCode.UP);
            assertEquals(0, parts.getSelectionModel().getSelectedIndex(), "the moved part stays selected");
            assertEquals("Feel the palm of your hand.", words.getText());
            assertTrue(parts.isFocused(), "the list keeps the keyboard");
            Keys.pressWithAlt(scene, KeyCode.DOWN);
            Keys.pressWithAlt(scene, KeyCode.DOWN);
            assertEquals(2, parts.getSelectionModel().getSelectedIndex());
            assertEquals("Feel the palm of your hand.", words.getText());
            assertTrue(scene.lookup("#move-down").isDisabled(), "the last part cannot go further down");
            Keys.press(scene, KeyCode.UP);
            Keys.press(scene, KeyCode.UP);
            assertEquals("Breathe out slowly.", words.getText());
            Keys.press(scene, KeyCode.P, true);
            assertEquals("■  Stop playing  (Ctrl+P)", ((Button) scene.lookup("#play")).getText());
        });
        JavaFxAudioOutput output = (JavaFxAudioOutput) t.outputs.get(0);
        assertTrue(FxTesting.waitFor(output::isPlaying, 10_000), "the recording really plays");
        onFx(() -> {
            Screenshots.take(scene, "imagery-script-editor-playing");
            Keys.press(scene, KeyCode.DOWN);
            assertFalse(model.isListening(), "choosing another part stops playing");
            assertFalse(output.isPlaying());
            assertEquals("▶  Play this part  (Ctrl+P)", ((Button) scene.lookup("#play")).getText());
            Keys.press(scene, KeyCode.S, true);
            stage.close();
        });
        ImageryScript saved = new ScriptReader().read(t.context.own().scripts().resolve(model.scriptId() + ".json"),
                t.context.own().audio());
        assertEquals(List.of("Breathe out slowly.", "Let the fingers open.", "Feel the palm of your hand."),
                saved.segments().stream().map(s -> s.text()).toList());
    }

    @Test
    void aDamagedRecordingGivesOneClearMessageAndTheEditorStillSaves() throws Exception {
        TestContext t = new TestContext(data, format -> new SineLine(format, 44_100));
        onFx(() -> {
            ScriptEditorViewModel model = new ScriptEditorViewModel(null, false, t.context, t.navigation);
            Scene scene = Screenshots.sceneOf(new ScriptEditorView(model).root());
            model.titleProperty().set("Damaged");
            model.segments().get(0).textProperty().set("Rest your arm on the table.");
            Keys.press(scene, KeyCode.N, true);
            model.segments().get(1).textProperty().set("Picture the hand opening.");
            Keys.press(scene, KeyCode.R, true);
            Keys.press(scene, KeyCode.R, true);
            Files.write(t.context.own().audio().resolve(model.segments().get(1).audioProperty().get()),
                    new byte[] {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'A', 'V', 'E'});
            Keys.press(scene, KeyCode.P, true);
            assertEquals("Part 2: the recording cannot be played (file damaged); record it again (Ctrl+R).",
                    model.messageProperty().get());
            assertFalse(model.isListening());
            Screenshots.take(scene, "imagery-script-editor-damaged-recording");
            Keys.press(scene, KeyCode.S, true);
            assertEquals("Saved “Damaged”.", model.messageProperty().get());
            return null;
        });
    }
}
