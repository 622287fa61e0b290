package org.mirrorhand.ui.therapy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.mirrorhand.ui.FxTesting.onFx;
import static org.mirrorhand.ui.FxTesting.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.event.Event;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import java.time.LocalDate;
import java.time.ZoneId;
import org.mirrorhand.history.OwnMovement;
import org.mirrorhand.history.VirtualHandChoice;
import org.mirrorhand.virtualhand.SkinTone;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.capture.FrameSource;
import org.mirrorhand.capture.PacedSource;
import org.mirrorhand.capture.VideoFile;
import org.mirrorhand.mirror.AffectedSide;
import org.mirrorhand.pose.HandPoseEngines;
import org.mirrorhand.settings.SettingsStore;
import org.mirrorhand.ui.AppContext;
import org.mirrorhand.ui.FxTesting;
import org.mirrorhand.ui.InMemoryPeople;
import org.mirrorhand.ui.ScreenText;
import org.mirrorhand.testing.SharedMedia;

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

    private AppContext context;
    private final InMemoryPeople people = new InMemoryPeople();

    private TherapyStage show(Supplier<FrameSource> source) throws Exception {
        return show(source, 1600, 900);
    }

    private TherapyStage show(Supplier<FrameSource> source, int width, int height) throws Exception {
        context = new AppContext(new SettingsStore(data.resolve("settings.json")), null,
                HandPoseEngines::open, people)
                .withSourceOpener(source);
        context.people().add("Ann", AffectedSide.LEFT);
        context.setCurrentPerson("Ann");
        context.updateSettings(context.settings().withSound(false));
        return TherapyStage.show(context, width, height);
    }

    @Test
    void theRepTargetChosenWithTheUpKeyIsTheOneTheSessionCountsTo() throws Exception {
        TherapyStage s = show(GreyCamera::new);
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
            s.close();
        }
    }

    @Test
    void theVirtualHandsGradeAndSkinAreChosenByKeyAndKeptInTheProfile() throws Exception {
        TherapyStage s = show(GreyCamera::new);
        try {
            ComboBox<?> mirror = (ComboBox<?>) s.find("#mirror-mode");
            ComboBox<?> grade = (ComboBox<?>) s.find("#virtual-grade");
            ComboBox<?> skin = (ComboBox<?>) s.find("#virtual-skin");
            assertFalse(onFx(() -> onScreen(grade)), "no grade for the other mirrors");
            chooseVirtualHand(s, mirror, grade);
            assertTrue(onFx(() -> onScreen(grade)), "choosing the virtual hand shows its grade");
            onFx(grade::requestFocus);
            for (int i = 0; i < 5; i++) {
                onFx(() -> FxTesting.press(s.scene(), KeyCode.UP));
            }
            onFx(skin::requestFocus);
            onFx(() -> FxTesting.press(s.scene(), KeyCode.DOWN));
            FxTesting.screenshot(s.scene(), "therapy-setup-virtual-hand");
            assertEquals(new VirtualHandChoice(50, SkinTone.LIGHT.name()), context.people().virtualHand("Ann"),
                    "Up five times from fully open: 50 %; Down once from the sampled skin: the lightest preset");
        } finally {
            s.close();
        }
    }

    @Test
    void atThe1280By800OfASmallLaptopTheVirtualHandsSetupFitsTheWindow() throws Exception {
        TherapyStage s = show(GreyCamera::new, 1280, 800);
        try {
            ComboBox<?> grade = (ComboBox<?>) s.find("#virtual-grade");
            chooseVirtualHand(s, (ComboBox<?>) s.find("#mirror-mode"), grade);
            assertTrue(onFx(() -> onScreen(grade)));
            FxTesting.screenshot(s.scene(), "therapy-setup-virtual-hand-1280x800");
            // Before the choices stood in two columns, the title ran out of the top of a 1600 × 900 window.
            List<String> problems = onFx(() -> ScreenText.problems(s.scene()));
            assertTrue(problems.isEmpty(), String.join("\n", problems));
        } finally {
            s.close();
        }
    }

    @Test
    void amplifiedFeedbackAndShowingTheMovementAreChosenByKeyBesideTheGradeAndLeaveTheProfileAlone() throws Exception {
        TherapyStage s = show(GreyCamera::new);
        try {
            ComboBox<?> mirror = (ComboBox<?>) s.find("#mirror-mode");
            ComboBox<?> bigger = (ComboBox<?>) s.find("#virtual-amplification");
            assertFalse(onFx(() -> onScreen(bigger)), "no amplification for the other mirrors");
            chooseVirtualHand(s, mirror, bigger);
            assertTrue(onFx(() -> onScreen(bigger)), "choosing the virtual hand shows the amplification");
            assertEquals(1, onFx(bigger::getValue), "off at first");
            onFx(bigger::requestFocus);
            for (int i = 0; i < 3; i++) {
                onFx(() -> FxTesting.press(s.scene(), KeyCode.DOWN));
            }
            FxTesting.screenshot(s.scene(), "therapy-setup-amplified");
            assertEquals(4, onFx(bigger::getValue), "Down three times from off: four times bigger");
            ComboBox<?> played = (ComboBox<?>) s.find("#virtual-show-movement");
            assertTrue(onFx(() -> onScreen(played)), "'Show the movement' is beside them");
            onFx(played::requestFocus);
            onFx(() -> FxTesting.press(s.scene(), KeyCode.DOWN));
            assertEquals(VirtualHandChoices.ShowMovement.SLOW, onFx(played::getValue), "Down once from off: slowly");
            assertEquals(VirtualHandChoice.DEFAULT, context.people().virtualHand("Ann"), "the profile is not changed");
        } finally {
            s.close();
        }
    }

    @Test
    void theSetupSaysWhetherShowingTheMovementPlaysThePersonsOwnOrTheModelOne() throws Exception {
        LocalDate day = LocalDate.now().withDayOfMonth(1);
        people.keepMovement("Ann", new OwnMovement(day.atTime(9, 30).atZone(ZoneId.systemDefault()).toInstant(),
                List.of(new double[63], new double[63])));
        people.add("Bo", AffectedSide.RIGHT);
        TherapyStage s = show(GreyCamera::new);
        try {
            ComboBox<?> mirror = (ComboBox<?>) s.find("#mirror-mode");
            Label whose = (Label) s.find("#virtual-movement-words");
            ComboBox<?> played = (ComboBox<?>) s.find("#virtual-show-movement");
            assertFalse(onFx(() -> onScreen(whose)), "said only for the virtual hand");
            chooseVirtualHand(s, mirror, played);
            assertFalse(onFx(() -> onScreen(whose)), "nothing to say while showing the movement is off");
            onFx(played::requestFocus);
            onFx(() -> FxTesting.press(s.scene(), KeyCode.DOWN));
            assertTrue(onFx(() -> onScreen(whose)), "said once a pace is chosen");
            String month = day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
            assertEquals("Plays your own movement, from 1 " + month, s.text("#virtual-movement-words"));
            FxTesting.screenshot(s.scene(), "therapy-setup-own-movement");
            onFx(() -> {
                context.setCurrentPerson("Bo");
                s.screen().shown();
            });
            assertEquals("Plays a model movement until you practise",
                    s.text("#virtual-movement-words"), "Bo has not practised with the mirror yet");
        } finally {
            s.close();
        }
    }

    /** Down on the mirror choice until the virtual hand's row {@code shown} appears (or the list ends). */
    private static void chooseVirtualHand(TherapyStage s, ComboBox<?> mirror, Node shown) throws Exception {
        onFx(mirror::requestFocus);
        while (!onFx(() -> onScreen(shown)) && onFx(() -> mirror.getItems().indexOf(mirror.getValue())
                < mirror.getItems().size() - 1)) {
            onFx(() -> FxTesting.press(s.scene(), KeyCode.DOWN));
        }
    }

    /** Space on the focused Start button, pressed and released as a keyboard does; then the live screen shows. */
    private static void pressStart(TherapyStage s) throws Exception {
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
        TherapyStage s = show(GreyCamera::new);
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
            assertEquals(AffectedSide.LEFT, context.people().affectedSide("Ann").orElseThrow(), "the profile stays");
            String saved = Files.readString(data.resolve("settings.json"));
            assertFalse(saved.contains("affectedSide"), "settings keep no affected hand of their own: " + saved);
            onFx(() -> s.screen().hidden());
            onFx(() -> s.screen().shown());
            assertEquals(AffectedSide.LEFT, onFx(side::getValue), "the next session starts from the profile again");
        } finally {
            s.close();
        }
    }

    @Test
    void theLivePictureHasNothingOnItAndTheSessionPausesWithNoHandInView() throws Exception {
        TherapyStage s = show(GreyCamera::new);
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
            assertTrue(waitFor(() -> TherapyViewModel.PAUSED.equals(((Label) s.find("#band-message")).getText()), 15_000),
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
            s.close();
        }
    }

    @Test
    void atThe1280By800OfASmallLaptopTheBandsWrapInsideTheWindowAndThePictureShrinks() throws Exception {
        TherapyStage s = show(GreyCamera::new, 1280, 800);
        try {
            pressStart(s);
            assertTrue(waitFor(() -> s.screen().display().lastShownProperty().get() != null, 10_000), "the mirror runs");
            // The longest kind of message the band carries, as a lagging picture says it.
            onFx(() -> {
                s.screen().model().displayWarning(LONG_MESSAGE);
                s.screen().model().tick();
                return null;
            });
            assertTrue(waitFor(() -> LONG_MESSAGE.equals(s.label("#band-message")), 5_000), "the long message shows");
            FxTesting.settle();
            FxTesting.screenshot(s.scene(), "therapy-live-1280x800-long-message");

            Label prompt = (Label) s.find("#live-prompt");
            int promptLines = onFx(() -> lines(prompt));
            assertTrue(promptLines <= 2, "the instruction reads in one or two lines, not a narrow column: " + promptLines);
            Bounds window = onFx(() -> new javafx.geometry.BoundingBox(0, 0, s.scene().getWidth(), s.scene().getHeight()));
            for (String id : new String[] {"#live-prompt", "#stop-hint", "#rep-count", "#band-message", "#session-time",
                    "#top-band", "#bottom-band"}) {
                Bounds b = onFx(() -> s.find(id).localToScene(s.find(id).getBoundsInLocal()));
                assertTrue(window.contains(b), id + " " + b + " lies outside the 1280 × 800 window");
            }
            for (String id : new String[] {"#live-prompt", "#stop-hint", "#band-message"}) {
                Label l = (Label) s.find(id);
                assertTrue(onFx(() -> textHeight(l) <= l.getHeight() + 1),
                        id + " is cut: its words need " + onFx(() -> textHeight(l)) + " px, it has " + onFx(l::getHeight));
            }
            Bounds topBand = onFx(() -> s.find("#top-band").localToScene(s.find("#top-band").getBoundsInLocal()));
            for (String id : new String[] {"#live-prompt", "#stop-hint"}) {
                Bounds words = onFx(() -> {
                    Node text = s.find(id).lookup(".text");
                    return text.localToScene(text.getBoundsInLocal());
                });
                assertTrue(topBand.contains(words), id + "'s words " + words + " spill out of the top band " + topBand);
            }
            List<String> cut = onFx(() -> ScreenText.problems(s.scene())).stream()
                    .filter(p -> !p.contains("WCAG")).toList();
            assertTrue(cut.isEmpty(), String.join("\n", cut));
            Bounds picture = onFx(() -> pictureBounds(s));
            Bounds bottom = onFx(() -> s.find("#bottom-band").localToScene(s.find("#bottom-band").getBoundsInLocal()));
            assertTrue(picture.getMaxY() <= bottom.getMinY() + 1, "the picture gives way to the band: " + picture);
            assertTrue(picture.getHeight() > 350, "the picture keeps a good part of the screen: " + picture);
        } finally {
            s.close();
        }
    }

    @Test
    void aSpacePressedJustAsTheVideoEndsDoesNotAlsoPressBackToStart() throws Exception {
        Path clip = SharedMedia.media("videos/open_palm_steady.mp4");
        TherapyStage s = show(() -> new PacedSource(VideoFile.openForScreen(clip)));
        try {
            pressStart(s);
            // The person presses Space to stop at the moment the 8-second video ends by itself: the press lands in
            // the JavaFX turn that first shows the stop screen, on its focused "Back to start".
            assertTrue(waitFor(() -> {
                if (!onScreen(s.find("#stop-title"))) {
                    return false;
                }
                Node focus = s.scene().getFocusOwner();
                Event.fireEvent(focus, new KeyEvent(KeyEvent.KEY_PRESSED, " ", "", KeyCode.SPACE, false, false, false,
                        false));
                Event.fireEvent(focus, new KeyEvent(KeyEvent.KEY_RELEASED, " ", "", KeyCode.SPACE, false, false, false,
                        false));
                return true;
            }, 60_000), "the video ends on the stop screen");
            FxTesting.settle();
            FxTesting.screenshot(s.scene(), "therapy-stop-after-space-at-video-end");
            assertEquals(0, s.backs().get(), "the Space meant for stopping did not press Back to start");
            assertTrue(onFx(() -> onScreen(s.find("#stop-title"))), "the stop screen stays to be read");
            assertEquals("Back to start", onFx(() -> ((Labeled) s.scene().getFocusOwner()).getText()));

            assertTrue(waitFor(s.screen()::stopScreenTakesKeys, 5_000), "after a moment the stop screen takes keys");
            s.key(KeyCode.SPACE);
            assertTrue(waitFor(() -> s.backs().get() == 1, 5_000), "then Space presses Back to start");
        } finally {
            s.close();
        }
    }

    private static final String LONG_MESSAGE = "The picture is uneven: the computer is busy and some pictures came late."
            + " Close other programs if you can, or choose a smaller camera size in Settings; the session goes on and"
            + " every movement is still counted and saved.";

    /** How many lines a label's words take, from the height of its drawn text. */
    private static int lines(Label l) {
        javafx.scene.text.Text t = (javafx.scene.text.Text) l.lookup(".text");
        double lineHeight = new javafx.scene.text.Text("X") {{ setFont(t.getFont()); }}.getLayoutBounds().getHeight();
        return (int) Math.round(t.getLayoutBounds().getHeight() / lineHeight);
    }

    /** The height the label needs for all its words at the width it was given. */
    private static double textHeight(Label l) {
        return l.prefHeight(l.getWidth());
    }

    /** Where the mirrored picture is drawn, in the scene. */
    private static Bounds pictureBounds(TherapyStage s) {
        Node view = s.screen().display().getChildrenUnmodifiable().get(0);
        return view.localToScene(view.getBoundsInLocal());
    }
}
