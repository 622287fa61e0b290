package org.mirrorhand.ui.therapy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.capture.CaptureException;
import org.mirrorhand.capture.Frame;
import org.mirrorhand.capture.FrameSource;
import org.mirrorhand.capture.RgbImage;
import org.mirrorhand.capture.SourceInfo;
import org.mirrorhand.live.LiveRecording;
import org.mirrorhand.mirror.AffectedSide;
import org.mirrorhand.pose.HandPose;
import org.mirrorhand.pose.HandPoseEngines;
import org.mirrorhand.settings.SettingsStore;
import org.mirrorhand.ui.AppContext;
import org.mirrorhand.ui.InMemoryPeople;

class TherapyViewModelTest {

    @TempDir
    Path data;

    /** A camera that gives plain grey frames and, on its first opening, is unplugged after a number of frames. */
    private static final class UnpluggedCamera implements FrameSource {
        private final int failAfter;
        private long index;
        final AtomicInteger closes;

        UnpluggedCamera(int failAfter, AtomicInteger closes) {
            this.failAfter = failAfter;
            this.closes = closes;
        }

        @Override
        public SourceInfo info() {
            return new SourceInfo("Test camera", 64, 48, 30, -1);
        }

        @Override
        public Optional<Frame> next() {
            if (failAfter >= 0 && index >= failAfter) {
                throw new CaptureException(CaptureException.Kind.CAMERA_LOST,
                        "Test camera stopped sending pictures. Your session so far is saved. Plug the camera back in to continue.");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] grey = new byte[64 * 48 * 3];
            java.util.Arrays.fill(grey, (byte) 120);
            return Optional.of(new Frame(index, 10.0 * index++, new RgbImage(64, 48, grey)));
        }

        @Override
        public void close() {
            closes.incrementAndGet();
        }
    }

    /**
     * Counts what the session would store: every pose result, and each finish. Its practice time is the test's clock
     * since it started (the real one counts frame time with a hand in view), and it pauses when told.
     */
    private static class CountingRecording implements LiveRecording {
        final AtomicInteger poses = new AtomicInteger();
        final AtomicInteger finishes = new AtomicInteger();
        final java.util.concurrent.atomic.AtomicBoolean paused = new java.util.concurrent.atomic.AtomicBoolean();
        private final AtomicLong clock;
        private final long startMs;

        CountingRecording(AtomicLong clock) {
            this.clock = clock;
            this.startMs = clock.get();
        }

        @Override
        public long practisedMs() {
            return clock.get() - startMs;
        }

        @Override
        public boolean paused() {
            return paused.get();
        }

        @Override
        public void onPose(double timestampMs, List<HandPose> hands) {
            poses.incrementAndGet();
        }

        @Override
        public int reps() {
            return poses.get() / 5;
        }

        @Override
        public void finish() {
            finishes.incrementAndGet();
        }
    }

    private final AtomicLong clock = new AtomicLong(1_000_000);
    private final AtomicInteger openings = new AtomicInteger();
    private final AtomicInteger closes = new AtomicInteger();
    private final List<CountingRecording> recordings = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** What the view model asked to be said, in order. */
    private static final class HeardWords implements Speaker {
        final List<String> said = new java.util.ArrayList<>();
        int stops;

        @Override
        public void say(String words) {
            said.add(words);
        }

        @Override
        public void stop() {
            stops++;
        }
    }

    private final HeardWords heard = new HeardWords();

    private TherapyViewModel model(int failFirstAfter) {
        return new TherapyViewModel(context(failFirstAfter), clock::get, heard);
    }

    private AppContext context(int failFirstAfter) {
        AppContext context = new AppContext(new SettingsStore(data.resolve("settings.json")), null,
                HandPoseEngines::open, new InMemoryPeople().add("Ann"))
                .withSourceOpener(() -> new UnpluggedCamera(openings.getAndIncrement() == 0 ? failFirstAfter : -1, closes))
                .withRecorders((person, mode, affected, source) -> {
                    CountingRecording r = new CountingRecording(clock);
                    recordings.add(r);
                    return r;
                });
        context.setCurrentPerson("Ann");
        return context;
    }

    private static boolean tickUntil(TherapyViewModel m, java.util.function.BooleanSupplier done) throws Exception {
        for (int i = 0; i < 1000; i++) {
            m.tick();
            if (done.getAsBoolean()) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    @Test
    void aCameraUnpluggedMidSessionSavesTheSessionSaysSoAndOffersToContinue() throws Exception {
        TherapyViewModel m = model(40);
        m.start();
        assertEquals(TherapyViewModel.Phase.LIVE, m.phaseProperty().get());
        assertTrue(tickUntil(m, () -> m.phaseProperty().get() == TherapyViewModel.Phase.PROBLEM), "the loss is noticed");
        assertTrue(m.messageProperty().get().contains("Test camera stopped sending pictures"), m.messageProperty().get());
        assertTrue(m.canContinueProperty().get(), "continuing is offered");
        assertEquals(1, recordings.get(0).finishes.get(), "the session so far was saved");
        assertEquals(1, closes.get(), "the camera was closed once");
        int repsBefore = m.repsProperty().get();

        m.checkCameraBack();
        assertTrue(m.messageProperty().get().startsWith(TherapyViewModel.CAMERA_BACK));

        m.continueAfterProblem();
        assertEquals(TherapyViewModel.Phase.LIVE, m.phaseProperty().get());
        assertTrue(tickUntil(m, () -> recordings.get(1).poses.get() > 10), "poses flow again");
        m.stop();
        assertEquals(TherapyViewModel.Phase.FINISHED, m.phaseProperty().get());
        assertEquals(1, recordings.get(1).finishes.get());
        assertTrue(m.repsProperty().get() >= repsBefore + 2, "the count carries on from before the loss");
        assertEquals(2, closes.get());
    }

    @Test
    void aBusyCameraIsNamedPlainlyNothingIsStartedAndTryingAgainWorksOnceItIsFree() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean busy = new java.util.concurrent.atomic.AtomicBoolean(true);
        AppContext context = new AppContext(new SettingsStore(data.resolve("settings.json")), null,
                HandPoseEngines::open, new InMemoryPeople().add("Ann"))
                .withSourceOpener(() -> {
                    if (busy.get()) {
                        throw new CaptureException(CaptureException.Kind.CAMERA_BUSY, "Camera 1 is busy or gives no"
                                + " picture. Close other programs that use the camera (video calls), then try again.");
                    }
                    return new UnpluggedCamera(-1, closes);
                })
                .withRecorders((person, mode, affected, source) -> {
                    CountingRecording r = new CountingRecording(clock);
                    recordings.add(r);
                    return r;
                });
        context.setCurrentPerson("Ann");
        TherapyViewModel m = new TherapyViewModel(context, clock::get, heard);

        m.start();
        assertEquals(TherapyViewModel.Phase.PROBLEM, m.phaseProperty().get());
        assertTrue(m.messageProperty().get().startsWith("Camera 1 is busy"), m.messageProperty().get());
        assertTrue(m.canContinueProperty().get(), "trying again is offered");
        assertTrue(recordings.isEmpty(), "no session is started on a camera that gives no picture");

        busy.set(false);
        m.continueAfterProblem();
        assertEquals(TherapyViewModel.Phase.LIVE, m.phaseProperty().get());
        assertTrue(tickUntil(m, () -> recordings.get(0).poses.get() > 0), "poses flow once the camera is free");
        m.stop();
        assertEquals(1, recordings.get(0).finishes.get());
    }

    @Test
    void aHistoryFileThatIsBusyIsSaidPlainlyWhilePracticeGoesOnAndTheEndSaysTheRepsWait() throws Exception {
        java.util.concurrent.atomic.AtomicReference<String> saving = new java.util.concurrent.atomic.AtomicReference<>();
        String busy = "The history file is busy — practice goes on and is saved when it can be.";
        AppContext context = new AppContext(new SettingsStore(data.resolve("settings.json")), null,
                HandPoseEngines::open, new InMemoryPeople().add("Ann"))
                .withSourceOpener(() -> new UnpluggedCamera(-1, closes))
                .withRecorders((person, mode, affected, source) -> new CountingRecording(clock) {
                    @Override
                    public Optional<String> storageProblem() {
                        return Optional.ofNullable(saving.get());
                    }
                });
        context.setCurrentPerson("Ann");
        TherapyViewModel m = new TherapyViewModel(context, clock::get, heard);
        m.start();
        m.tick();
        assertEquals("", m.bandTextProperty().get(), "nothing to say while saving works");
        saving.set(busy);
        m.tick();
        assertEquals(busy, m.bandTextProperty().get(), "the message band says it");
        assertEquals(TherapyViewModel.Phase.LIVE, m.phaseProperty().get(), "practice goes on");
        m.stop();
        assertTrue(m.messageProperty().get().endsWith("counted; they are saved as soon as the history file can take them."),
                m.messageProperty().get());
    }

    @Test
    void theStopKeyEndsTheSessionAtOnceAndSavesIt() throws Exception {
        TherapyViewModel m = model(-1);
        m.start();
        assertTrue(tickUntil(m, () -> recordings.get(0).poses.get() > 0));
        m.stop();
        assertEquals(TherapyViewModel.Phase.FINISHED, m.phaseProperty().get());
        assertTrue(m.messageProperty().get().startsWith("Stopped."), m.messageProperty().get());
        assertEquals(1, recordings.get(0).finishes.get());
        assertEquals(1, closes.get());
        assertFalse(m.canContinueProperty().get());
    }

    @Test
    void aRestIsSuggestedAfterTwentyMinutesAndTheSessionEndsAtItsLength() throws Exception {
        TherapyViewModel m = model(-1);
        m.minutesProperty().set(30);
        m.start();
        clock.addAndGet(21 * 60_000L);
        m.tick();
        assertEquals(TherapyViewModel.Phase.LIVE, m.phaseProperty().get());
        assertEquals("You have practised for 20 minutes. Rest whenever you like.", m.bandTextProperty().get());
        clock.addAndGet(9 * 60_000L);
        m.tick();
        assertEquals(TherapyViewModel.Phase.FINISHED, m.phaseProperty().get());
        assertTrue(m.messageProperty().get().contains("Time for a rest"), m.messageProperty().get());
        assertEquals(1, recordings.get(0).finishes.get());
    }

    @Test
    void theAffectedHandComesFromThePersonsProfile() {
        AppContext context = new AppContext(new SettingsStore(data.resolve("settings.json")), null, null, new InMemoryPeople());
        context.people().add("Bob", AffectedSide.RIGHT);
        context.setCurrentPerson("Bob");
        TherapyViewModel m = new TherapyViewModel(context, clock::get, heard);
        assertEquals(AffectedSide.RIGHT, m.mirrorProperty().get().affectedSide());
    }

    @Test
    void theChosenExerciseIsSaidOnceWhenTheSessionStartsWithSoundOn() throws Exception {
        TherapyViewModel m = model(-1);
        m.exerciseProperty().set(Exercise.THUMB_OUT);
        assertTrue(heard.said.isEmpty(), "nothing is said while choosing");
        m.start();
        assertEquals(List.of(Exercise.THUMB_OUT.prompt()), heard.said);
        m.tick();
        m.tick();
        assertEquals(1, heard.said.size(), "said once, not on every pulse");
        m.stop();
        assertTrue(heard.stops > 0, "stopping also stops the voice");
    }

    @Test
    void nothingIsSaidWhenTheSoundSettingIsOffButTheRepeatKeyStillSaysIt() throws Exception {
        AppContext context = context(-1);
        context.updateSettings(context.settings().withSound(false));
        TherapyViewModel m = new TherapyViewModel(context, clock::get, heard);
        m.start();
        assertEquals(TherapyViewModel.Phase.LIVE, m.phaseProperty().get());
        clock.addAndGet(21 * 60_000L);
        m.tick();
        assertEquals(TherapyViewModel.REST_HINT, m.bandTextProperty().get(), "the note is still shown");
        assertTrue(heard.said.isEmpty(), "but not said: " + heard.said);
        m.sayPromptAgain();
        assertEquals(List.of(Exercise.OPEN_HAND.prompt()), heard.said);
        m.stop();
    }

    @Test
    void aSessionThatCannotStartSaysNothing() {
        AppContext context = new AppContext(new SettingsStore(data.resolve("settings.json")), null, null,
                new InMemoryPeople().add("Ann")).withSourceOpener(() -> {
                    throw new CaptureException(CaptureException.Kind.CAMERA_BUSY, "Camera 1 is busy.");
                });
        TherapyViewModel m = new TherapyViewModel(context, clock::get, heard);
        m.start();
        assertEquals(TherapyViewModel.Phase.PROBLEM, m.phaseProperty().get());
        assertTrue(heard.said.isEmpty(), heard.said.toString());
    }

    @Test
    void reachingTheTargetIsShownAndSaidOnceThenTheRestSuggestionOnce() throws Exception {
        TherapyViewModel m = model(-1);
        m.repTargetProperty().set(10);
        m.start();
        assertTrue(tickUntil(m, () -> m.repsProperty().get() >= 10), "the fake count reaches the target");
        assertEquals(TherapyViewModel.TARGET_REACHED, m.bandTextProperty().get());
        m.tick();
        clock.addAndGet(20 * 60_000L);
        m.tick();
        m.tick();
        assertEquals(TherapyViewModel.REST_HINT, m.bandTextProperty().get());
        assertEquals(List.of(Exercise.OPEN_HAND.prompt(), TherapyViewModel.TARGET_REACHED, TherapyViewModel.REST_HINT),
                heard.said);
        m.stop();
    }

    @Test
    void withNoHandInViewTheSessionPausesSaysSoCalmlyAndItsTimeStandsStillUntilTheHandIsBack() throws Exception {
        TherapyViewModel m = model(-1);
        m.start();
        clock.addAndGet(65_000);
        m.tick();
        assertEquals("1:05 of 30:00", m.timeProperty().get());
        recordings.get(0).paused.set(true);
        m.tick();
        assertTrue(m.pausedProperty().get());
        assertEquals(TherapyViewModel.PAUSED, m.bandTextProperty().get());
        assertTrue(m.timeProperty().get().startsWith("Paused at"), m.timeProperty().get());
        clock.addAndGet(10 * 60_000L);
        m.tick();
        assertEquals(TherapyViewModel.PAUSED, m.bandTextProperty().get(), "the pause note does not fade away");
        recordings.get(0).paused.set(false);
        m.tick();
        assertFalse(m.pausedProperty().get());
        assertEquals("", m.bandTextProperty().get());
        assertEquals(List.of(Exercise.OPEN_HAND.prompt(), TherapyViewModel.PAUSED), heard.said,
                "the pause is said once, for a person whose eyes are not on the screen");
        m.stop();
    }

    @Test
    void theMirrorsNameIsShownForTwoSecondsWhenItChanges() throws Exception {
        TherapyViewModel m = model(-1);
        m.start();
        m.nextMode();
        m.tick();
        assertEquals(m.mirrorProperty().get().mode().label(), m.bandTextProperty().get());
        clock.addAndGet(TherapyViewModel.ECHO_MS);
        m.tick();
        assertEquals("", m.bandTextProperty().get());
        m.stop();
    }

    @Test
    void theArrowKeysPlaceTheMirrorSaySoAndNeverLeaveABlackStrip() throws Exception {
        TherapyViewModel m = model(-1);
        m.start();
        assertTrue(m.seamFollowsProperty().get(), "the mirror follows the hand by default");
        for (int i = 0; i < 40; i++) {
            m.moveSeam(0.02);
        }
        m.tick();
        assertFalse(m.seamFollowsProperty().get());
        assertTrue(m.bandTextProperty().get().startsWith("Mirror placed by hand."), m.bandTextProperty().get());
        assertEquals(0.5, m.mirrorProperty().get().seam(), 1e-9,
                "an affected left side is never wider than the side it reflects");
        m.followHand();
        assertTrue(m.seamFollowsProperty().get());
        m.stop();
    }

    @Test
    void aSeamCarriedOverIsNotUsedEachSessionStartsInTheMiddle() throws Exception {
        TherapyViewModel m = model(-1);
        m.moveSeam(-0.3);
        m.start();
        assertEquals(0.5, m.mirrorProperty().get().seam(), 1e-9);
        m.stop();
    }

    @Test
    void aSideChangedForTodayIsNamedAndTheProfileStaysTheSource() {
        TherapyViewModel m = model(-1);
        assertEquals(AffectedSide.LEFT, m.mirrorProperty().get().affectedSide());
        assertEquals("", m.sideNoteProperty().get());
        m.mirrorProperty().set(m.mirrorProperty().get().withAffectedSide(AffectedSide.RIGHT));
        assertTrue(m.sideNoteProperty().get().startsWith("Today only: right hand"), m.sideNoteProperty().get());
        m.resetChoices();
        assertEquals(AffectedSide.LEFT, m.mirrorProperty().get().affectedSide(), "the next session starts from the profile");
        assertEquals("", m.sideNoteProperty().get());
    }
}
