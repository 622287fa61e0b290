package org.mirrorhand.ui.therapy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.mirrorhand.ui.FxTesting.onFx;
import static org.mirrorhand.ui.FxTesting.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.event.Event;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mirrorhand.history.VirtualHandChoice;
import org.mirrorhand.virtualhand.SkinTone;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.capture.FrameSource;
import org.mirrorhand.mirror.AffectedSide;
import org.mirrorhand.pose.HandPoseEngines;
import org.mirrorhand.settings.SettingsStore;
import org.mirrorhand.ui.AppContext;
import org.mirrorhand.ui.FxTesting;
import org.mirrorhand.ui.InMemoryPeople;
import org.mirrorhand.ui.Theme;

/**
 * The therapy screen in a real JavaFX window at 1600 × 900 under Xvfb, driven by keys: the rep target chosen is the one
 * counted to, a side changed for today says so and changes nothing else, the live picture has nothing on it, and the
 * session pauses by itself with no hand in view. A grey test camera (no hand) and the real pose engine.
 */
class TherapyScreenTest {

    @TempDir
    Path data;

    @BeforeAll
    static void startJavaFx() throws Exception {
        assumeTrue(System.getenv("DISPLAY") != null, "no DISPLAY: run under xvfb-run -a");
        FxTesting.start();
    }

    private record Shown(Stage stage, Scene scene, TherapyScreen screen, AppContext context) {
        Node find(String id) {
            return scene.lookup(id);
        }

        String text(String id) throws Exception {
            return onFx(() -> ((Label) scene.lookup(id)).getText());
        }
    }

    private Shown show(Supplier<FrameSource> source) throws Exception {
        AppContext context = new AppContext(new SettingsStore(data.resolve("settings.json")), null,
                HandPoseEngines::open, new InMemoryPeople())
                .withSourceOpener(source);
        context.people().add("Ann", AffectedSide.LEFT);
        context.setCurrentPerson("Ann");
        context.updateSettings(context.settings().withSound(false));
        return onFx(() -> {
            TherapyScreen screen = new TherapyScreen(context, () -> { });
            Scene scene = new Scene((Parent) screen.view(), 1600, 900);
            scene.getStylesheets().add(Theme.stylesheet());
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            screen.shown();
            screen.firstFocus().requestFocus();
            return new Shown(stage, scene, screen, context);
        });
    }

    private static void close(Shown s) throws Exception {
        onFx(() -> {
            s.screen().hidden();
            s.stage().close();
        });
    }

    @Test
    void theRepTargetChosenWithTheUpKeyIsTheOneTheSessionCountsTo() throws Exception {
        Shown s = show(GreyCamera::new);
        try {
            // Before the fix the choice was bound through a throw-away view of the number, which the collector took.
            System.gc();
            ComboBox<?> reps = (ComboBox<?>) s.find("#rep-target");
            assertEquals("30 times", onFx(() -> reps.getConverter().toString(cast(reps.getValue()))));
            onFx(reps::requestFocus);
            for (int i = 0; i < 3; i++) {
                onFx(() -> FxTesting.press(s.scene(), KeyCode.UP));
            }
            assertEquals(10, onFx(reps::getValue), "Up three times from 30: 20, 15, 10");
            assertEquals(3, onFx(() -> reps.getItems().get(0)), "the choices start at 3");
            FxTesting.screenshot(s.scene(), "therapy-setup-target-10");
            System.gc();
            pressStart(s);
            assertEquals("0 / 10", s.text("#rep-count"));
        } finally {
            close(s);
        }
    }

    @Test
    void theVirtualHandsGradeAndSkinAreChosenByKeyAndKeptInTheProfile() throws Exception {
        Shown s = show(GreyCamera::new);
        try {
            ComboBox<?> mirror = (ComboBox<?>) s.find("#mirror-mode");
            ComboBox<?> grade = (ComboBox<?>) s.find("#virtual-grade");
            ComboBox<?> skin = (ComboBox<?>) s.find("#virtual-skin");
            assertFalse(onFx(grade::isVisible), "no grade for the other mirrors");
            onFx(mirror::requestFocus);
            while (!onFx(grade::isVisible) && onFx(() -> mirror.getItems().indexOf(mirror.getValue())
                    < mirror.getItems().size() - 1)) {
                onFx(() -> FxTesting.press(s.scene(), KeyCode.DOWN));
            }
            assertTrue(onFx(grade::isVisible), "choosing the virtual hand shows its grade");
            onFx(grade::requestFocus);
            for (int i = 0; i < 5; i++) {
                onFx(() -> FxTesting.press(s.scene(), KeyCode.UP));
            }
            onFx(skin::requestFocus);
            onFx(() -> FxTesting.press(s.scene(), KeyCode.DOWN));
            FxTesting.screenshot(s.scene(), "therapy-setup-virtual-hand");
            assertEquals(new VirtualHandChoice(50, SkinTone.LIGHT.name()), s.context().people().virtualHand("Ann"),
                    "Up five times from fully open: 50 %; Down once from the sampled skin: the lightest preset");
        } finally {
            close(s);
        }
    }

    /** Space on the focused Start button, pressed and released as a keyboard does; then the live screen shows. */
    private static void pressStart(Shown s) throws Exception {
        onFx(() -> s.screen().firstFocus().requestFocus());
        onFx(() -> {
            Node focus = s.scene().getFocusOwner();
            Event.fireEvent(focus, new KeyEvent(KeyEvent.KEY_PRESSED, " ", "", KeyCode.SPACE, false, false, false, false));
            Event.fireEvent(focus, new KeyEvent(KeyEvent.KEY_RELEASED, " ", "", KeyCode.SPACE, false, false, false, false));
        });
        assertTrue(waitFor(() -> onScreen(s.find("#rep-count")), 5_000), "the live screen shows");
    }

    /** True when the node and every parent are visible. */
    private static boolean onScreen(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object o) {
        return (T) o;
    }

    @Test
    void aSideChangedForTodaySaysSoAndLeavesTheProfileAndSettingsAlone() throws Exception {
        Shown s = show(GreyCamera::new);
        try {
            assertFalse(onFx(() -> s.find("#side-note").isVisible()), "no note while the side is the profile's");
            ComboBox<?> side = (ComboBox<?>) s.find("#affected-side");
            onFx(side::requestFocus);
            onFx(() -> FxTesting.press(s.scene(), KeyCode.DOWN));
            assertEquals(AffectedSide.RIGHT, onFx(side::getValue));
            assertTrue(onFx(() -> s.find("#side-note").isVisible()));
            assertEquals("Today only: right hand as the affected hand (your profile says left). Change the profile in "
                    + "Settings.", s.text("#side-note"));
            FxTesting.screenshot(s.scene(), "therapy-setup-side-for-today");
            pressStart(s);
            onFx(() -> FxTesting.press(s.scene(), KeyCode.ESCAPE));
            assertEquals(AffectedSide.LEFT, s.context().people().affectedSide("Ann").orElseThrow(), "the profile stays");
            String saved = Files.readString(data.resolve("settings.json"));
            assertFalse(saved.contains("affectedSide"), "settings keep no affected hand of their own: " + saved);
            onFx(() -> s.screen().hidden());
            onFx(() -> s.screen().shown());
            assertEquals(AffectedSide.LEFT, onFx(side::getValue), "the next session starts from the profile again");
        } finally {
            close(s);
        }
    }

    @Test
    void theLivePictureHasNothingOnItAndTheSessionPausesWithNoHandInView() throws Exception {
        Shown s = show(GreyCamera::new);
        try {
            pressStart(s);
            assertTrue(waitFor(() -> s.screen().display().lastShownProperty().get() != null, 10_000), "the mirror runs");
            assertTrue(waitFor(() -> TherapyViewModel.PAUSED.equals(((Label) s.find("#band-message")).getText()), 20_000),
                    "with no hand for three seconds the session pauses and says so");
            assertTrue(s.text("#session-time").startsWith("Paused at 0:00"), s.text("#session-time"));
            FxTesting.settle();
            FxTesting.screenshot(s.scene(), "therapy-live-paused");
            Bounds picture = onFx(() -> pictureBounds(s));
            for (String band : new String[] {"#top-band", "#bottom-band"}) {
                Bounds b = onFx(() -> s.find(band).localToScene(s.find(band).getBoundsInLocal()));
                assertFalse(b.intersects(picture.getMinX() + 1, picture.getMinY() + 1, picture.getWidth() - 2,
                        picture.getHeight() - 2), band + " " + b + " lies on the picture " + picture);
            }
            assertTrue(picture.getHeight() > 500, "the picture keeps most of the screen: " + picture);

            onFx(() -> FxTesting.press(s.scene(), KeyCode.M));
            assertEquals("Hand only", s.text("#band-message"), "M names the new mirror at once");
            FxTesting.screenshot(s.scene(), "therapy-live-mode-named");
            assertTrue(waitFor(() -> TherapyViewModel.PAUSED.equals(((Label) s.find("#band-message")).getText()), 5_000),
                    "after two seconds the pause note is back");

            onFx(() -> FxTesting.press(s.scene(), KeyCode.D));
            FxTesting.settle();
            Bounds diagnostics = onFx(() -> {
                Node d = s.screen().display().lookup(".diagnostics");
                return d.localToScene(d.getBoundsInLocal());
            });
            for (String band : new String[] {"#top-band", "#bottom-band"}) {
                Bounds b = onFx(() -> s.find(band).localToScene(s.find(band).getBoundsInLocal()));
                assertFalse(b.intersects(diagnostics), "the diagnostics are not under " + band);
            }
            FxTesting.screenshot(s.scene(), "therapy-live-diagnostics");
        } finally {
            close(s);
        }
    }

    /** Where the mirrored picture is drawn, in the scene. */
    private static Bounds pictureBounds(Shown s) {
        Node view = s.screen().display().getChildrenUnmodifiable().get(0);
        return view.localToScene(view.getBoundsInLocal());
    }
}
