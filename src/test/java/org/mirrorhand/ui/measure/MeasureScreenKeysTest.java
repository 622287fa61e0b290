package org.mirrorhand.ui.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.capture.Frame;
import org.mirrorhand.capture.FrameSource;
import org.mirrorhand.capture.RgbImage;
import org.mirrorhand.capture.SourceInfo;
import org.mirrorhand.pose.HandPoseEngines;
import org.mirrorhand.settings.SettingsStore;
import org.mirrorhand.ui.AppContext;
import org.mirrorhand.ui.FxTesting;
import org.mirrorhand.ui.InMemoryPeople;

/**
 * The keys of "Measure my hand" in a real JavaFX scene: a camera showing no hand keeps the measurement waiting for the
 * fist, and whatever has focus, Space and Enter must not leave; Esc asks before throwing the measurement away.
 */
class MeasureScreenKeysTest {

    @TempDir
    Path data;

    /** An empty grey room: no hand is ever seen, so the first step waits. */
    private static final class GreyCamera implements FrameSource {
        private long index;

        @Override
        public SourceInfo info() {
            return new SourceInfo("Test camera", 64, 48, 30, -1);
        }

        @Override
        public Optional<Frame> next() {
            try {
                Thread.sleep(30); // a camera's pace, so the test does not spin a core
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] grey = new byte[64 * 48 * 3];
            Arrays.fill(grey, (byte) 120);
            return Optional.of(new Frame(index, 33.0 * index++, new RgbImage(64, 48, grey)));
        }

        @Override
        public void close() {
        }
    }

    private final AtomicInteger backs = new AtomicInteger();
    private MeasureScreen screen;
    private Scene scene;
    private javafx.stage.Stage stage;

    @BeforeEach
    void showScreen() throws Exception {
        FxTesting.start();
        AppContext context = new AppContext(new SettingsStore(data.resolve("settings.json")), null,
                HandPoseEngines::open, new InMemoryPeople().add("Ann")).withSourceOpener(GreyCamera::new);
        context.setCurrentPerson("Ann");
        FxTesting.onFx(() -> {
            screen = new MeasureScreen(context, backs::incrementAndGet);
            scene = new Scene((javafx.scene.Parent) screen.view(), 1600, 900);
            // A shown window, so a focused button reacts to keys as it would for a person.
            stage = new javafx.stage.Stage();
            stage.setScene(scene);
            stage.show();
            screen.firstFocus().requestFocus();
        });
    }

    @AfterEach
    void leave() throws Exception {
        FxTesting.onFx(() -> {
            screen.hidden();
            stage.close();
        });
    }

    /** A real key stroke: pressed then released on whatever has focus (a button fires on the release of Space). */
    private void stroke(KeyCode code) throws Exception {
        FxTesting.onFx(() -> {
            Node target = scene.getFocusOwner() == null ? scene.getRoot() : scene.getFocusOwner();
            for (var type : new javafx.event.EventType[] {KeyEvent.KEY_PRESSED, KeyEvent.KEY_RELEASED}) {
                @SuppressWarnings("unchecked")
                var t = (javafx.event.EventType<KeyEvent>) type;
                KeyEvent.fireEvent(target, new KeyEvent(t, "", "", code, false, false, false, false));
            }
        });
    }

    private String detail() throws Exception {
        return FxTesting.onFx(() -> scene.getRoot().lookupAll(".label").stream()
                .map(n -> ((Label) n).getText()).filter(t -> t.startsWith("Stop measuring?")).findFirst().orElse(""));
    }

    @Test
    void spaceAndEnterOnTheFocusedBackButtonDuringAMeasurementKeepTheMeasurement() throws Exception {
        stroke(KeyCode.SPACE);
        assertTrue(FxTesting.waitFor(() -> screen.view().lookup("#measure-instruction") instanceof Label l
                && l.getText().startsWith("Make a fist"), 10_000), "Space on the start button starts measuring");
        FxTesting.onFx(() -> screen.view().lookup("#measure-back").requestFocus());
        assertTrue(FxTesting.onFx(() -> scene.getFocusOwner() == screen.view().lookup("#measure-back")),
                "the back button has focus, as after Tab or when the start button hides");

        stroke(KeyCode.SPACE);
        stroke(KeyCode.ENTER);
        FxTesting.settle();

        assertEquals(0, backs.get(), "Space and Enter did not go back");
        assertTrue(FxTesting.onFx(() -> ((Label) screen.view().lookup("#measure-instruction")).getText()
                .startsWith("Make a fist")), "the measurement goes on");
    }

    @Test
    void escapeDuringAMeasurementAsksFirstAndGoesBackOnTheSecondPress() throws Exception {
        stroke(KeyCode.ENTER);
        assertTrue(FxTesting.waitFor(() -> ((Label) screen.view().lookup("#measure-instruction")).getText()
                .startsWith("Make a fist"), 10_000), "Enter starts measuring");

        stroke(KeyCode.ESCAPE);
        FxTesting.settle();
        assertEquals(0, backs.get(), "one Esc does not throw the measurement away");
        assertEquals(MeasureViewModel.LEAVE_QUESTION, detail(), "it asks");

        stroke(KeyCode.SPACE);
        FxTesting.settle();
        assertEquals("", detail(), "Space answers: go on measuring");

        stroke(KeyCode.ESCAPE);
        stroke(KeyCode.ESCAPE);
        FxTesting.settle();
        assertEquals(1, backs.get(), "Esc twice goes back");
    }

    @Test
    void theCameraPictureShowsBeforeStartSoTheHandsCanBePlaced() throws Exception {
        FxTesting.onFx(() -> screen.shown());
        assertTrue(FxTesting.waitFor(() -> screen.display().lastShownProperty().get() != null, 10_000),
                "a picture is shown");
        assertTrue(FxTesting.onFx(() -> ((Label) screen.view().lookup("#measure-instruction")).getText()
                .startsWith("We measure your")), "still before Start");
    }

    @Test
    void escapeBeforeAnyMeasurementGoesBackAtOnce() throws Exception {
        stroke(KeyCode.ESCAPE);
        FxTesting.settle();
        assertEquals(1, backs.get());
    }
}
