package org.mirrorhand.ui.therapy;

import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.mirrorhand.capture.CaptureException;
import org.mirrorhand.capture.FrameSource;
import org.mirrorhand.capture.MediaException;
import org.mirrorhand.live.LiveRecording;
import org.mirrorhand.live.LiveSession;
import org.mirrorhand.live.PoseResult;
import org.mirrorhand.live.Tracking;
import org.mirrorhand.pose.PoseOptions;
import org.mirrorhand.live.WorkingHand;
import org.mirrorhand.mirror.SeamFollower;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import org.mirrorhand.mirror.AffectedSide;
import org.mirrorhand.mirror.MirrorMode;
import org.mirrorhand.mirror.MirrorSettings;
import org.mirrorhand.settings.SettingsException;
import org.mirrorhand.ui.AppContext;

/**
 * The mirror therapy session: choices before starting, then the live count, time, prompt and any problem. It owns the
 * live session (which owns the recording), stops it, and so saves. Never touches controls. JavaFX thread; the count and
 * the problems are read from the live session's thread-safe state. Only the working hand is tracked: the affected one is
 * hidden behind the mirror, and one hand makes tracking run at full speed.
 */
final class TherapyViewModel {

    /** After this long people are offered a rest even if the session is set longer. */
    static final long REST_HINT_MS = 20 * 60_000L;

    /** Shown and said once the rest is due; recorded in media/prompts.json (a test checks the words match). */
    static final String REST_HINT = "You have practised for " + REST_HINT_MS / 60_000 + " minutes. Rest whenever you like.";

    /** Shown and said when the count first reaches the chosen number; recorded in media/prompts.json. */
    static final String TARGET_REACHED = "You have reached your target. Well done. Carry on, or rest whenever you like.";

    enum Phase { SETUP, LIVE, FINISHED, PROBLEM }

    private final AppContext context;
    private final LongSupplier clockMs;
    private final Speaker speaker;
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.SETUP);
    private final ObjectProperty<Exercise> exercise = new SimpleObjectProperty<>(Exercise.OPEN_HAND);
    /** An object property held here, not an asObject() view: a combo box bound to a view loses it to the collector. */
    private final ObjectProperty<Integer> repTarget = new SimpleObjectProperty<>(Exercise.OPEN_HAND.usualReps());
    private final IntegerProperty minutes = new SimpleIntegerProperty(30);
    private final ObjectProperty<MirrorSettings> mirror = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> amplification = new SimpleObjectProperty<>(1);
    private final ReadOnlyIntegerWrapper reps = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper time = new ReadOnlyStringWrapper("0:00");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sideNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper bandText = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper bandOpacity = new ReadOnlyDoubleWrapper();
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper seamFollows = new ReadOnlyBooleanWrapper(true);
    private final MessageBand band = new MessageBand();
    private HandWatch handWatch = new HandWatch();
    private SeamFollower seamFollower;
    private double lastPoseMs = Double.NaN;
    private Optional<AffectedSide> profileSide = Optional.empty();
    private final ReadOnlyBooleanWrapper canContinue = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canSaveSample = new ReadOnlyBooleanWrapper();
    /** A sample-video run, kept until the person chooses to save it or moves on; null otherwise. */
    private SampleTape sample;
    private final ReadOnlyObjectWrapper<LiveSession> pipeline = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<StopSummary> summary = new ReadOnlyObjectWrapper<>(StopSummary.NONE);
    /** The live session's recording, kept to read the widest opening once the session has finished it. */
    private LiveRecording recording = LiveRecording.NOTHING;
    private java.util.OptionalDouble widest = java.util.OptionalDouble.empty();
    private int repsBefore;
    private boolean savingHeldUp;
    private boolean targetReached;
    private boolean restSuggested;
    private long practisedBeforeMs;

    /** @param speaker says the prompt and the notes aloud when the sound setting is on */
    TherapyViewModel(AppContext context, LongSupplier clockMs, Speaker speaker) {
        this.context = context;
        this.clockMs = clockMs;
        this.speaker = speaker;
        exercise.addListener((o, old, now) -> repTarget.set(now.usualReps()));
        mirror.addListener((o, old, now) -> {
            if (old == null || old.affectedSide() != now.affectedSide()) {
                updateSideNote();
            }
        });
        resetChoices();
    }

    /**
     * Takes the mirror from the settings and the affected hand from the person's profile, the one place it is kept; a
     * change on the setup screen is for this session only. The seam starts in the middle and follows the hand.
     */
    void resetChoices() {
        profileSide = context.people().affectedSide(context.currentPerson());
        mirror.set(context.settings().mirror(profileSide.orElse(AffectedSide.LEFT)));
        updateSideNote();
    }

    private void updateSideNote() {
        AffectedSide today = mirror.get().affectedSide();
        sideNote.set(profileSide.isPresent() && profileSide.get() != today
                ? "Today only: " + word(today) + " hand as the affected hand (your profile says " + word(profileSide.get())
                        + "). Change the profile in Settings."
                : "");
    }

    private static String word(AffectedSide s) {
        return s.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** From 3: a severely affected hand may manage only a few. */
    List<Integer> repChoices() {
        return List.of(3, 5, 10, 15, 20, 30, 50);
    }

    /** Session lengths: about 30 minutes is usual in mirror therapy; shorter ones for tired days. */
    List<Integer> minuteChoices() {
        return List.of(5, 10, 15, 20, 30);
    }

    void start() {
        sample = null;
        canSaveSample.set(false);
        repsBefore = 0;
        practisedBeforeMs = 0;
        widest = java.util.OptionalDouble.empty();
        reps.set(0);
        handWatch = new HandWatch();
        seamFollower = new SeamFollower(mirror.get().affectedSide());
        seamFollows.set(true);
        mirror.set(mirror.get().withSeamAt(0.5));
        paused.set(false);
        for (MessageBand.Kind k : MessageBand.Kind.values()) {
            band.clear(k);
        }
        if (!sideNote.get().isEmpty()) {
            band.post(MessageBand.Kind.HINT, sideNote.get());
        }
        targetReached = false;
        restSuggested = false;
        openLive();
        if (phase.get() == Phase.LIVE) {
            sayIfSoundOn(exercise.get().prompt());
        }
    }

    /** The repeat key: says the exercise again, even with sounds off, because the person asked for it. */
    void sayPromptAgain() {
        if (phase.get() == Phase.LIVE) {
            speaker.say(exercise.get().prompt());
        }
    }

    private void sayIfSoundOn(String words) {
        if (soundOn()) {
            speaker.say(words);
        }
    }

    /** Shows a note in the message band and says it. */
    private void noteAndSay(String words) {
        band.clear(MessageBand.Kind.HINT); // each note is news, not the same condition again
        band.post(MessageBand.Kind.HINT, words);
        sayIfSoundOn(words);
    }

    /** Why prompts cannot be heard (from the voice's own thread, handed over on the JavaFX thread), or empty. */
    void soundProblem(String words) {
        band.post(MessageBand.Kind.SOUND, words);
    }

    /** The picture lags or jitters (from the display), or empty. */
    void displayWarning(String words) {
        band.post(MessageBand.Kind.PICTURE, words);
    }

    /** After the camera came back: a new recording continues the count. */
    void continueAfterProblem() {
        repsBefore = reps.get();
        practisedBeforeMs = elapsedMs();
        openLive();
    }

    private void openLive() {
        message.set("");
        canContinue.set(false);
        FrameSource source;
        try {
            source = context.openSource();
        } catch (MediaException e) {
            problem(e);
            return;
        }
        String sourceName = context.sourceFile().map(p -> p.getFileName().toString()).orElse("camera");
        recording = context.recorders().start(context.currentPerson(), "mirror", mirror.get().affectedSide(), sourceName);
        if (context.demoRunning()) {
            sample = new SampleTape(recording);
            recording = sample;
        }
        // A --source video plays at its own speed like a camera; pose takes the newest frame it can.
        pipeline.set(LiveSession.on(source).pose(context.estimators(), tracking()).recording(recording).start());
        lastPoseMs = Double.NaN;
        phase.set(Phase.LIVE);
    }

    /** Called on each screen pulse while live: reads the count, the time, and whether anything stopped. */
    void tick() {
        LiveSession p = pipeline.get();
        if (p == null || phase.get() != Phase.LIVE) {
            return;
        }
        reps.set(repsBefore + p.reps());
        p.latestPose().ifPresent(this::followPose);
        followPause(p.paused());
        long elapsed = elapsedMs();
        time.set(paused.get() ? "Paused at " + format(elapsed) : format(elapsed) + " of " + minutes.get() + ":00");
        if (!targetReached && reps.get() >= repTarget.get()) {
            targetReached = true;
            noteAndSay(TARGET_REACHED);
        }
        if (!restSuggested && elapsed >= REST_HINT_MS) {
            restSuggested = true;
            noteAndSay(REST_HINT);
        }
        if (p.captureProblem().isPresent()) {
            MediaException e = p.captureProblem().get();
            stopLive();
            problem(e);
        } else if (p.ended()) {
            stopLive();
            finished("The video has ended. " + savedWords());
        } else if (elapsed >= minutes.get() * 60_000L) {
            stopLive();
            finished("Well done! You practised for " + minutes.get() + " minutes. Time for a rest. " + savedWords());
        } else {
            // Tracking and saving problems are each said plainly; the practice goes on through both.
            band.post(MessageBand.Kind.CAMERA, p.poseProblem().orElse(""));
            band.post(MessageBand.Kind.STORAGE, p.storageProblem().orElse(""));
        }
        showBand();
    }

    private void showBand() {
        MessageBand.Shown shown = band.current(clockMs.getAsLong());
        bandText.set(shown.text());
        bandOpacity.set(shown.opacity());
    }

    /** A key's answer is on screen as the key is pressed, not at the next pulse. */
    private void echo(String words, long forMs) {
        band.echo(words, clockMs.getAsLong(), forMs);
        showBand();
    }

    /**
     * Each new pose result (on its frame time) checks that the working hand is the one in view, and lets the mirror
     * box's seam follow it.
     */
    private void followPose(PoseResult r) {
        if (r.timestampMs() == lastPoseMs) {
            return;
        }
        lastPoseMs = r.timestampMs();
        MirrorSettings m = mirror.get();
        String handWords = handWatch.accept(r.timestampMs(), r.hands(), m, seamFollows.get());
        if (!paused.get()) {
            band.post(MessageBand.Kind.HAND, handWords);
        }
        if (seamFollows.get() && m.mode() == MirrorMode.MIRROR_BOX) {
            WorkingHand.of(r.hands(), m).filter(h -> WorkingHand.sideOf(h) == m.affectedSide().other()).ifPresent(h -> {
                double[] span = WorkingHand.screenSpan(h, m);
                double seam = seamFollower.follow(r.timestampMs(), span[0], span[1]);
                if (seam != m.seam()) {
                    mirror.set(m.withSeamAt(seam));
                }
            });
        }
    }

    /** The session pauses by itself while no hand is in view (the recording decides, on frame time); says so calmly. */
    private void followPause(boolean now) {
        if (now == paused.get()) {
            return;
        }
        paused.set(now);
        if (now) {
            // Said as well as shown: the hand is away from the camera, and the eyes may be too.
            band.hold(MessageBand.Kind.HAND, PAUSED);
            sayIfSoundOn(PAUSED);
        } else {
            band.clear(MessageBand.Kind.HAND);
        }
    }

    static final String PAUSED = "Paused. Show your hand to go on.";

    /** While a lost camera is away: says so when it is back, so the person can continue with one key. */
    void checkCameraBack() {
        if (phase.get() == Phase.PROBLEM && canContinue.get() && context.cameraListed()
                && !message.get().startsWith(CAMERA_BACK)) {
            message.set(CAMERA_BACK + " Press Enter to continue. " + message.get());
        }
    }

    static final String CAMERA_BACK = "The camera is back.";

    /** The stop key: ends the session at once and saves it. */
    void stop() {
        if (phase.get() == Phase.LIVE) {
            speaker.stop(); // stop means quiet at once
            stopLive();
            finished("Stopped. " + savedWords());
        }
    }

    private void stopLive() {
        LiveSession p = pipeline.get();
        pipeline.set(null);
        if (p != null) {
            p.close();
            reps.set(repsBefore + p.reps());
            savingHeldUp = p.storageProblem().isPresent();
            practisedBeforeMs += p.practisedMs();
        }
        java.util.OptionalDouble now = recording.widestOpeningShortOfStraight();
        if (now.isPresent() && (widest.isEmpty() || now.getAsDouble() < widest.getAsDouble())) {
            widest = now; // a continued session keeps the best of its parts
        }
        recording = LiveRecording.NOTHING;
        paused.set(false);
    }

    private void finished(String words) {
        canSaveSample.set(sample != null && sample.whole() && personChosen());
        message.set(words);
        summary.set(new StopSummary(reps.get(), practisedBeforeMs, widest));
        phase.set(Phase.FINISHED);
    }

    private void problem(MediaException e) {
        message.set(e.getMessage());
        canContinue.set(e instanceof CaptureException c && c.kind() != CaptureException.Kind.UNREADABLE_FILE
                && context.sourceFile().isEmpty());
        phase.set(Phase.PROBLEM);
    }

    private String savedWords() {
        if (context.demoRunning()) {
            return personChosen() ? "This was the sample video: nothing is saved unless you choose " + SAVE_SAMPLE + "."
                    : "This was the sample video: nothing is saved. Add yourself on the start screen to keep practice.";
        }
        String movements = reps.get() + (reps.get() == 1 ? " movement" : " movements");
        return savingHeldUp ? movements + " counted; they are saved as soon as the history file can take them."
                : movements + " saved.";
    }

    static final String SAVE_SAMPLE = "Save this practice";

    private boolean personChosen() {
        return context.people().affectedSide(context.currentPerson()).isPresent();
    }

    /** The person chose to keep the sample run: it is stored as their mirror session, counted as it was shown. */
    void saveSample() {
        if (!canSaveSample.get()) {
            return;
        }
        canSaveSample.set(false);
        String source = context.sourceFile().map(p -> p.getFileName().toString()).orElse("sample video");
        LiveRecording kept = context.savingRecorders().start(context.currentPerson(), "mirror",
                mirror.get().affectedSide(), source);
        Optional<String> held = sample.saveInto(kept);
        sample = null;
        String movements = kept.reps() + (kept.reps() == 1 ? " movement" : " movements");
        message.set(held.isPresent() ? movements + " counted; they are saved as soon as the history file can take them."
                : "Saved: " + movements + " in " + context.currentPerson() + "'s history.");
    }

    /** Back to the choices (after a session or a problem). */
    void newSession() {
        sample = null;
        canSaveSample.set(false);
        if (phase.get() == Phase.LIVE) {
            stop();
        }
        speaker.stop();
        message.set("");
        phase.set(Phase.SETUP);
    }

    /** The arrow keys: the person places the mirror; it stops following the hand until F is pressed. */
    void moveSeam(double delta) {
        MirrorSettings m = mirror.get().withSeamMovedBy(delta);
        if (m.mode() == MirrorMode.MIRROR_BOX) {
            m = m.withSeamAt(SeamFollower.clamp(m.seam(), m.affectedSide())); // never a black strip
        }
        mirror.set(m);
        seamFollows.set(false);
        echo("Mirror placed by hand. Press F to let it follow your hand again.", ECHO_MS * 2);
    }

    /** F: the mirror follows the working hand again. */
    void followHand() {
        seamFollows.set(true);
        seamFollower = new SeamFollower(mirror.get().affectedSide());
        echo("The mirror follows your hand.", ECHO_MS);
    }

    /** M: the next mirror mode, its name shown for two seconds. */
    void nextMode() {
        List<MirrorMode> modes = MirrorMode.therapyModes();
        mirror.set(mirror.get().withMode(modes.get((modes.indexOf(mirror.get().mode()) + 1) % modes.size())));
        echo(mirror.get().mode().label(), ECHO_MS);
    }

    /** How long a key's answer (the mirror's name after M) stays. */
    static final long ECHO_MS = 2000;

    /** Remembers the mirror mode chosen during the session for next time (not the seam or today's affected hand). */
    void rememberMirror() {
        try {
            context.updateSettings(context.settings().withMirror(mirror.get()));
        } catch (SettingsException e) {
            message.set(e.getMessage());
        }
    }

    boolean soundOn() {
        return context.settings().sound();
    }

    /** Practice time: only while a hand is in view (the pause and the seconds before it do not count). */
    private long elapsedMs() {
        LiveSession p = pipeline.get();
        return practisedBeforeMs + (p == null ? 0 : p.practisedMs());
    }

    static String format(long ms) {
        long s = ms / 1000;
        return s / 60 + ":" + String.format("%02d", s % 60);
    }

    ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    ObjectProperty<Exercise> exerciseProperty() {
        return exercise;
    }

    ObjectProperty<Integer> repTargetProperty() {
        return repTarget;
    }

    IntegerProperty minutesProperty() {
        return minutes;
    }

    /** Both hands while the virtual hand amplifies the affected one's movement; else the working hand only. */
    private PoseOptions tracking() {
        boolean amplified = mirror.get().mode().virtualHand() && amplification.get() != null
                && amplification.get() > 1;
        return amplified ? Tracking.amplifiedFeedback() : Tracking.workingHand(mirror.get().affectedSide());
    }

    /** Amplified feedback's factor on the virtual hand (1 is off); two hands are tracked when it is on. */
    ObjectProperty<Integer> amplificationProperty() {
        return amplification;
    }

    ObjectProperty<MirrorSettings> mirrorProperty() {
        return mirror;
    }

    ReadOnlyIntegerProperty repsProperty() {
        return reps.getReadOnlyProperty();
    }

    ReadOnlyStringProperty timeProperty() {
        return time.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** "Today only: …" when this session's affected hand differs from the profile's, else empty. */
    ReadOnlyStringProperty sideNoteProperty() {
        return sideNote.getReadOnlyProperty();
    }

    /** The one message shown in the band at the screen's edge, or empty. */
    ReadOnlyStringProperty bandTextProperty() {
        return bandText.getReadOnlyProperty();
    }

    /** How visible the band's message is: 1, fading to 0 once it has been read. */
    ReadOnlyDoubleProperty bandOpacityProperty() {
        return bandOpacity.getReadOnlyProperty();
    }

    /** True while the session waits for a hand to come back. */
    ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    /** False once the person placed the mirror with the arrow keys. */
    ReadOnlyBooleanProperty seamFollowsProperty() {
        return seamFollows.getReadOnlyProperty();
    }

    /** The finished session in plain words, for the stop screen. */
    ReadOnlyObjectProperty<StopSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** True on the stop screen of a sample run that can be kept. */
    ReadOnlyBooleanProperty canSaveSampleProperty() {
        return canSaveSample.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canContinueProperty() {
        return canContinue.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<LiveSession> pipelineProperty() {
        return pipeline.getReadOnlyProperty();
    }
}
