package org.mirrorhand.ui.imagery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mirrorhand.ui.FxTesting.onFx;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.ui.FxTesting;

/** The player screen on a real shipped script, real audio output (silent via the null ALSA device), hand-stepped time. */
class PlayerScreenTest {
    @TempDir
    Path data;

    @BeforeAll
    static void fx() throws Exception {
        FxTesting.start();
    }

    private static void press(Scene scene, KeyCode code) {
        Node target = scene.getFocusOwner() == null ? scene.getRoot() : scene.getFocusOwner();
        KeyEvent.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
    }

    @Test
    void showsTheSpokenWordsTimesAndLargeControlsAndIsScreenshotted() throws Exception {
        TestContext t = new TestContext(data, f -> { throw new IllegalArgumentException("no microphone"); });
        BufferedImage image = onFx(() -> {
            PlayerViewModel model = new PlayerViewModel(t.shipped("opening-the-hand"), t.context, t.navigation);
            model.load();
            PlayerView view = new PlayerView(model);
            Scene scene = Screenshots.sceneOf(view.root());
            assertEquals(PlayerViewModel.State.READY, model.stateProperty().get());
            press(scene, KeyCode.SPACE);
            t.advance(Duration.ofSeconds(75));   // into part 6's quiet time? see assertions below
            model.tick();
            assertEquals(PlayerViewModel.State.PLAYING, model.stateProperty().get());
            assertEquals("1:15", model.elapsedProperty().get());
            Duration total = Duration.ofMillis(Math.round(75_000 / model.progressProperty().get()));
            assertEquals("-" + Format.clock(total.minusSeconds(75)), model.remainingProperty().get());
            assertEquals(600, total.toSeconds(), 1, "the script's ten minutes");
            assertTrue(model.partProperty().get().startsWith("Part "), model.partProperty().get());
            BufferedImage shot = Screenshots.take(scene, "imagery-player");
            for (Node node : view.root().lookupAll(".button")) {
                if (node.isVisible()) {
                    assertTrue(((Button) node).getHeight() >= 80, ((Button) node).getText() + " is large");
                }
            }
            model.leave();
            return shot;
        });
        assertTrue(Screenshots.meanLuminance(image) < 0.3, "the app's dark theme: " + Screenshots.meanLuminance(image));
        assertTrue(1 - Screenshots.inkFraction(image, 0.65) > 0.01, "text is drawn, light on dark");
        assertEquals("after opening-the-hand", t.navigation.visits.get(0));
    }

    @Test
    void keyboardAloneDrivesPlayPauseSkipVolumeAndLeave() throws Exception {
        TestContext t = new TestContext(data, f -> { throw new IllegalArgumentException("no microphone"); });
        onFx(() -> {
            PlayerViewModel model = new PlayerViewModel(t.shipped("five-minute-warm-up"), t.context, t.navigation);
            model.load();
            Scene scene = Screenshots.sceneOf(new PlayerView(model).root());
            press(scene, KeyCode.ENTER);
            assertEquals(PlayerViewModel.State.PLAYING, model.stateProperty().get());
            press(scene, KeyCode.RIGHT);
            press(scene, KeyCode.RIGHT);
            assertTrue(model.partProperty().get().startsWith("Part 3 of 12"), model.partProperty().get());
            press(scene, KeyCode.LEFT);
            assertTrue(model.partProperty().get().startsWith("Part 2 of 12"), model.partProperty().get());
            press(scene, KeyCode.UP);
            press(scene, KeyCode.UP);
            press(scene, KeyCode.UP);
            assertEquals(1.0, model.volumeProperty().get(), 1e-9, "volume stops at full");
            press(scene, KeyCode.DOWN);
            assertEquals(0.9, model.volumeProperty().get(), 1e-9);
            press(scene, KeyCode.SPACE);
            assertEquals(PlayerViewModel.State.PAUSED, model.stateProperty().get());
            t.advance(Duration.ofMinutes(10));
            model.tick();
            press(scene, KeyCode.SPACE);
            t.advance(Duration.ofSeconds(30));
            model.tick();
            press(scene, KeyCode.ESCAPE);
        });
        assertEquals("after five-minute-warm-up", t.navigation.visits.get(0));
        assertEquals(Duration.ofSeconds(30), t.navigation.lastSession.listened(), "pauses and skips not counted");
    }

    @Test
    void reachingTheEndMovesOnToTheAfterSessionPromptAsCompleted() throws Exception {
        TestContext t = new TestContext(data, f -> { throw new IllegalArgumentException("no microphone"); });
        onFx(() -> {
            PlayerViewModel model = new PlayerViewModel(t.shipped("five-minute-warm-up"), t.context, t.navigation);
            model.load();
            Screenshots.sceneOf(new PlayerView(model).root());
            model.togglePause();
            t.advance(Duration.ofMinutes(6));
            model.tick();
            assertEquals(PlayerViewModel.State.FINISHED, model.stateProperty().get());
        });
        assertEquals("after five-minute-warm-up", t.navigation.visits.get(0));
        assertTrue(t.navigation.lastSession.completed());
        assertEquals(300, t.navigation.lastSession.listened().toSeconds(), 1);
    }

    @Test
    void takingTheScreenAwayWithoutStopPausesSoNoVoiceSpeaksUnseen() throws Exception {
        TestContext t = new TestContext(data, f -> { throw new IllegalArgumentException("no microphone"); });
        onFx(() -> {
            PlayerViewModel model = new PlayerViewModel(t.shipped("five-minute-warm-up"), t.context, t.navigation);
            model.load();
            PlayerView view = new PlayerView(model);
            javafx.scene.layout.StackPane holder = new javafx.scene.layout.StackPane(view.root());
            Screenshots.sceneOf(holder);
            model.togglePause();
            holder.getChildren().clear();
            assertEquals(PlayerViewModel.State.PAUSED, model.stateProperty().get());
        });
    }

    @Test
    void aScriptWhoseRecordingIsDamagedShowsWhichPartAndTheOtherScriptsStillPlay() throws Exception {
        java.nio.file.Files.createDirectories(data.resolve("scripts"));
        java.nio.file.Files.createDirectories(data.resolve("recordings/mine"));
        java.nio.file.Files.writeString(data.resolve("recordings/mine/02.wav"), "not sound at all");
        java.nio.file.Files.writeString(data.resolve("scripts/mine.json"), """
                {"id": "mine", "title": "Mine", "description": "", "language": "en-US", "totalDurationSeconds": 60,
                 "segments": [{"id": "02-imagine", "text": "Open.", "audio": "mine/02.wav", "silenceAfterSeconds": 3}]}""");
        TestContext t = new TestContext(data, f -> { throw new IllegalArgumentException("no microphone"); });
        onFx(() -> {
            PlayerViewModel broken = new PlayerViewModel(t.shipped("mine"), t.context, t.navigation);
            broken.load();
            Scene scene = Screenshots.sceneOf(new PlayerView(broken).root());
            assertEquals(PlayerViewModel.State.FAILED, broken.stateProperty().get());
            assertTrue(broken.messageProperty().get().startsWith("Script mine.json, segment '02-imagine': audio file "
                    + "02.wav cannot be played (it is damaged or not a sound file); record the segment again"),
                    broken.messageProperty().get());
            assertTrue(broken.messageProperty().get().endsWith("Other scripts still work: press Escape to go back to "
                    + "the list."), broken.messageProperty().get());
            Screenshots.take(scene, "imagery-player-broken-script");
            press(scene, KeyCode.ESCAPE);
            PlayerViewModel other = new PlayerViewModel(t.shipped("opening-the-hand"), t.context, t.navigation);
            other.load();
            other.togglePause();
            assertEquals(PlayerViewModel.State.PLAYING, other.stateProperty().get());
            other.leave();
        });
        assertEquals("list", t.navigation.visits.get(0));
    }

    @Test
    void offersToContinueWhereTheListenerStoppedLastTime() throws Exception {
        TestContext t = new TestContext(data, f -> { throw new IllegalArgumentException("no microphone"); });
        onFx(() -> {
            PlayerViewModel first = new PlayerViewModel(t.shipped("opening-the-hand"), t.context, t.navigation);
            first.load();
            first.togglePause();
            first.skipForward();
            first.skipForward();
            t.advance(Duration.ofSeconds(2));
            first.tick();
            first.leave();
            PlayerViewModel second = new PlayerViewModel(t.shipped("opening-the-hand"), t.context, t.navigation);
            second.load();
            assertTrue(second.startLabelProperty().get().startsWith("Continue from 0:"),
                    second.startLabelProperty().get());
            Screenshots.take(Screenshots.sceneOf(new PlayerView(second).root()), "imagery-player-continue");
            second.togglePause();
            second.tick();
            assertTrue(second.partProperty().get().startsWith("Part 3 of 22"), second.partProperty().get());
            second.leave();
        });
    }
}
