package org.mirrorhand.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mirrorhand.ui.FxTesting.onFx;
import static org.mirrorhand.ui.FxTesting.screenshot;
import static org.mirrorhand.ui.FxTesting.settle;
import static org.mirrorhand.ui.FxTesting.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mirrorhand.capture.RgbImage;
import org.mirrorhand.mirror.AffectedSide;
import org.mirrorhand.mirror.MirrorMode;
import org.mirrorhand.mirror.MirrorSettings;
import org.mirrorhand.capture.LoopingSource;
import org.mirrorhand.capture.PacedSource;
import org.mirrorhand.capture.VideoFile;
import org.mirrorhand.history.DataFolder;
import org.mirrorhand.history.Side;
import org.mirrorhand.history.SqliteSessionStore;
import org.mirrorhand.ui.AppContext;
import org.mirrorhand.ui.DesktopApp;
import org.mirrorhand.ui.Navigator;
import org.mirrorhand.ui.ScreenId;
import org.mirrorhand.testing.SharedMedia;
import org.mirrorhand.ui.live.MirrorDisplay;
import org.mirrorhand.ui.therapy.TherapyScreen;

/**
 * Every screen of the real app, in a real JavaFX window under Xvfb, with each shared video standing in for the camera
 * (as {@code --source} does). Screenshots go to target/screenshots; the mirror box and the count are checked.
 */
class AppScreensIT {

    @TempDir
    Path data;

    @BeforeAll
    static void startJavaFx() throws Exception {
        DesktopApp.startToolkit();
    }

    static Stream<String> videos() throws Exception {
        Path dir = SharedMedia.media("videos");
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".mp4")).sorted().toList().stream();
        }
    }

    private record Window(Stage stage, Scene scene, Navigator nav, SqliteSessionStore store, AppContext context) {
    }

    /** The app as the launcher wires it: a real history in a temporary data folder, with one person, Ann. */
    private Window open(Path source) throws Exception {
        DataFolder folder = DataFolder.locate(data).ensureExists();
        SqliteSessionStore store = SqliteSessionStore.open(folder);
        if (store.findProfile("Ann").isEmpty()) {
            store.addProfile("Ann", Side.LEFT);
        }
        AppContext context = GuiLauncher.context(source, folder, store, Path.of("media"));
        return onFx(() -> {
            Navigator nav = new Navigator(context);
            Scene scene = DesktopApp.buildScene(nav);
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            nav.show(ScreenId.START);
            return new Window(stage, scene, nav, store, context);
        });
    }

    private static void press(Window w, KeyCode key) throws Exception {
        onFx(() -> {
            Node target = w.scene().getFocusOwner() != null ? w.scene().getFocusOwner() : w.scene().getRoot();
            Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, false, false, false, false));
        });
        settle();
    }

    @ParameterizedTest
    @MethodSource("videos")
    void everyScreenRendersWithThisVideoAsTheCamera(String video) throws Exception {
        Path source = SharedMedia.media("videos/" + video);
        String name = video.replace(".mp4", "");
        Window w = open(source);
        // The video plays at its own speed like a camera; looped, it is still playing when the later screenshots come.
        w.context().withSourceOpener(() -> new PacedSource(new LoopingSource(() -> VideoFile.openForScreen(source))));
        try {
            settle();
            screenshot(w.scene(), name + "-1-start");
            List<String> textProblems = new java.util.ArrayList<>(readableText(w, "start"));
            for (ScreenId id : List.of(ScreenId.SETTINGS, ScreenId.MEASURE, ScreenId.IMAGERY, ScreenId.PROGRESS)) {
                onFx(() -> w.nav().show(id));
                settle();
                screenshot(w.scene(), name + "-2-" + id.name().toLowerCase());
                textProblems.addAll(readableText(w, id.title()));
                if (id == ScreenId.MEASURE) {
                    press(w, KeyCode.ENTER); // Start
                    Thread.sleep(3500);
                    screenshot(w.scene(), name + "-2-measure-live");
                    Label instruction = (Label) onFx(() -> w.scene().lookup("#measure-instruction"));
                    // On a busy machine the hold may already have ended in "try again", which speaks of the fist.
                    assertTrue(onFx(instruction::getText).matches("(?s).*\\b(hand|fist)\\b.*"),
                            "an instruction is shown: " + onFx(instruction::getText));
                    // During a measurement Esc asks first, so a stray key never throws the measurement away.
                    press(w, KeyCode.ESCAPE);
                    assertEquals(ScreenId.MEASURE, onFx(() -> w.nav().current()), "the first Esc only asks");
                    Label detail = (Label) onFx(() -> w.scene().lookup("#measure-detail"));
                    assertTrue(onFx(detail::getText).startsWith("Stop measuring?"), onFx(detail::getText));
                }
                press(w, KeyCode.ESCAPE);
                assertEquals(ScreenId.START, onFx(() -> w.nav().current()), "Esc leaves " + id.title());
            }
            onFx(() -> w.nav().show(ScreenId.THERAPY));
            settle();
            screenshot(w.scene(), name + "-3-therapy-setup");
            textProblems.addAll(readableText(w, "therapy setup"));
            textProblems.forEach(line -> System.out.println("TEXT " + name + ": " + line));
            assertTrue(textProblems.isEmpty(), "text too small, too faint, cut short or overlapping: " + textProblems);
            press(w, KeyCode.ENTER); // Start has the focus
            TherapyScreen therapy = (TherapyScreen) onFx(() -> w.nav().screen(ScreenId.THERAPY));
            MirrorDisplay display = therapy.display();
            assertTrue(waitFor(() -> display.lastShownProperty().get() != null, 10_000), "a frame reaches the screen");
            checkMirrorBoxShowsOneRealHalf(display);
            screenshot(w.scene(), name + "-4-mirror-box");
            Label count = (Label) onFx(() -> w.scene().lookup("#rep-count"));
            assertTrue(onFx(() -> count.isVisible() && count.getText().matches("\\d+ / \\d+")), "the count is shown");
            press(w, KeyCode.RIGHT);
            press(w, KeyCode.RIGHT);
            press(w, KeyCode.RIGHT);
            Thread.sleep(300);
            screenshot(w.scene(), name + "-5-mirror-box-seam-moved");
            press(w, KeyCode.M); // hand only
            waitFor(() -> display.lastShownProperty().get() != null, 1000);
            Thread.sleep(1500);
            screenshot(w.scene(), name + "-6-hand-only");
            press(w, KeyCode.M); // virtual hand
            Thread.sleep(1500);
            screenshot(w.scene(), name + "-6b-virtual-hand");
            press(w, KeyCode.M); // virtual hand on a plain background
            Thread.sleep(1500);
            screenshot(w.scene(), name + "-6c-virtual-hand-plain");
            press(w, KeyCode.M); // full flip
            press(w, KeyCode.L);
            press(w, KeyCode.D);
            Thread.sleep(1500);
            screenshot(w.scene(), name + "-7-full-flip-landmarks-diagnostics");
            if (video.startsWith("two_hands")) {
                // Both hands are in view; mirror therapy finds and keeps the working (right) one, whose known count is
                // 3 per pass of the clip. The looped video plays at its own speed, so give a busy machine time.
                Label band = (Label) onFx(() -> w.scene().lookup("#band-message"));
                assertTrue(waitFor(() -> Integer.parseInt(count.getText().split(" ")[0]) >= 3, 90_000),
                        "the working hand's reps are counted on screen: " + onFx(count::getText));
                assertFalse(onFx(band::getText).startsWith("I can see your"), "not the wrong hand: " + onFx(band::getText));
                screenshot(w.scene(), name + "-7b-counting");
            }
            press(w, KeyCode.SPACE); // the stop key
            assertTrue(waitFor(() -> ((Label) w.scene().lookup("#session-message")).isVisible(), 5000));
            screenshot(w.scene(), name + "-8-stopped");
        } finally {
            onFx(() -> {
                w.nav().screen(w.nav().current()).hidden();
                w.stage().close();
            });
            w.store().close();
        }
    }

    /**
     * The mirror box (affected left, camera facing the user, seam in the middle) shows the camera's left half — where
     * the user's right hand is — flipped on the right of the screen, and its reflection on the left; nothing of the
     * camera's right half.
     */
    /**
     * What the screen draws, checked as a reader meets it: every text at least 18 pt, WCAG AA against what is behind
     * it, not cut short, inside the window, not on other text. (The live mirror screens are left out: their text sits
     * over the camera picture.)
     */
    private static List<String> readableText(Window w, String screen) throws Exception {
        return onFx(() -> org.mirrorhand.ui.ScreenText.problems(w.scene())).stream()
                .map(problem -> screen + ": " + problem).toList();
    }

    /**
     * The mirror box shows one real half. The seam follows the working hand once pose finds it, so a picture is checked
     * against the settings read with it, and a picture and settings taken between a seam move and the next drawing are
     * taken again at the next pulse.
     */
    private static void checkMirrorBoxShowsOneRealHalf(MirrorDisplay display) throws Exception {
        String[] problem = {null};
        boolean shown = waitFor(() -> { // on the JavaFX thread, so the picture and its settings are read together
            problem[0] = mirrorBoxProblem(display);
            return problem[0] == null;
        }, 5000);
        assertTrue(shown, problem[0]);
    }

    /** What is wrong with the mirror box on screen now, or null. JavaFX thread. */
    private static String mirrorBoxProblem(MirrorDisplay display) {
        RgbImage src = display.lastShownProperty().get();
        int[] screen = display.screenPixels();
        MirrorSettings s = display.settingsProperty().get();
        if (s.mode() != MirrorMode.MIRROR_BOX || s.affectedSide() != AffectedSide.LEFT || !s.cameraFacesUser()) {
            return "not the mirror box of a left-affected person with a facing camera: " + s;
        }
        int w = src.width();
        int seam = (int) Math.round(w * s.seam());
        for (int y = 0; y < src.height(); y += 7) {
            for (int x = seam; x < w; x++) {
                int cam = w - 1 - x; // a facing camera's picture is flipped to act as a mirror
                if (rgb(src, cam, y) != (screen[y * w + x] & 0xFFFFFF)) {
                    return "the working side at " + x + "," + y + " is not the camera's picture (seam " + s.seam() + ")";
                }
                int reflected = 2 * seam - 1 - x;
                if (reflected >= 0 && screen[y * w + x] != screen[y * w + reflected]) {
                    return "the affected side does not mirror the working side at " + x + " (seam " + s.seam() + ")";
                }
            }
        }
        return null;
    }

    private static int rgb(RgbImage img, int x, int y) {
        int i = (y * img.width() + x) * 3;
        byte[] p = img.pixels();
        return (p[i] & 0xFF) << 16 | (p[i + 1] & 0xFF) << 8 | (p[i + 2] & 0xFF);
    }

    @Test
    void anUnreadableVideoGivesAPlainMessageInsteadOfASession() throws Exception {
        Path bad = data.resolve("not-a-video.mp4");
        Files.writeString(bad, "this is not a video");
        Window w = open(bad);
        try {
            onFx(() -> w.nav().show(ScreenId.THERAPY));
            settle();
            press(w, KeyCode.ENTER);
            Label message = (Label) onFx(() -> w.scene().lookup("#session-message"));
            assertNotNull(message);
            assertTrue(waitFor(message::isVisible, 5000));
            String text = onFx(message::getText);
            assertTrue(text.contains("not-a-video.mp4"), text);
            screenshot(w.scene(), "unreadable-video");
        } finally {
            onFx(() -> w.stage().close());
            w.store().close();
        }
    }

    @Test
    void theAppIsUsableFromTheKeyboardAlone() throws Exception {
        Window w = open(SharedMedia.media("videos/open_palm_steady.mp4"));
        try {
            settle();
            // Focus starts on Mirror therapy (a person is chosen); Tab walks the buttons, Enter presses.
            assertEquals("Mirror therapy", onFx(() -> ((javafx.scene.control.Button) w.scene().getFocusOwner()).getText()));
            press(w, KeyCode.TAB);
            press(w, KeyCode.TAB);
            press(w, KeyCode.TAB);
            press(w, KeyCode.TAB);
            assertEquals("Settings", onFx(() -> ((javafx.scene.control.Button) w.scene().getFocusOwner()).getText()));
            press(w, KeyCode.ENTER);
            assertEquals(ScreenId.SETTINGS, onFx(() -> w.nav().current()));
            press(w, KeyCode.ESCAPE);
            assertEquals(ScreenId.START, onFx(() -> w.nav().current()));
        } finally {
            onFx(() -> w.stage().close());
            w.store().close();
        }
    }
}
