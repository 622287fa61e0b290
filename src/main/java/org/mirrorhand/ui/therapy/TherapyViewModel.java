package org.mirrorhand.ui.therapy;

import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
import org.mirrorhand.live.Tracking;
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
    private final IntegerProperty repTarget = new SimpleIntegerProperty(Exercise.OPEN_HAND.usualReps());
    private final IntegerProperty minutes = new SimpleIntegerProperty(30);
    private final ObjectProperty<MirrorSettings> mirror = new SimpleObjectProperty<>();
    private final ReadOnlyIntegerWrapper reps = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper time = new ReadOnlyStringWrapper("0:00");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canContinue = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<LiveSession> pipeline = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<StopSummary> summary = new ReadOnlyObjectWrapper<>(StopSummary.NONE);
    /** The live session's recording, kept to read the widest opening once the session has finished it. */
    private LiveRecording recording = LiveRecording.NOTHING;
    private java.util.OptionalDouble widest = java.util.OptionalDouble.empty();
    private int repsBefore;
    private boolean savingHeldUp;
    private boolean targetReached;
    private boolean restSuggested;
    private long startedMs;
    private long practisedBeforeMs;

    /** @param speaker says the prompt and the notes aloud when the sound setting is on */
    TherapyViewModel(AppContext context, LongSupplier clockMs, Speaker speaker) {
        this.context = context;
        this.clockMs = clockMs;
        this.speaker = speaker;
        exercise.addListener((o, old, now) -> repTarget.set(now.usualReps()));
        resetChoices();
    }

    /** Takes the mirror and affected hand from the settings and the person's profile. */
    void resetChoices() {
        MirrorSettings m = context.settings().mirror();
        Optional<AffectedSide> personal = context.people().affectedSide(context.currentPerson());
        mirror.set(personal.map(m::withAffectedSide).orElse(m));
    }

    List<Integer> repChoices() {
        return List.of(10, 20, 30, 50);
    }

    /** Session lengths: about 30 minutes is usual in mirror therapy; shorter ones for tired days. */
    List<Integer> minuteChoices() {
        return List.of(5, 10, 15, 20, 30);
    }

    void start() {
        repsBefore = 0;
        practisedBeforeMs = 0;
        widest = java.util.OptionalDouble.empty();
        reps.set(0);
        note.set("");
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

    /** Shows a note over the mirror and says it; the latest note replaces the one before. */
    private void noteAndSay(String words) {
        note.set(words);
        sayIfSoundOn(words);
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
        // A --source video plays at its own speed like a camera; pose takes the newest frame it can.
        pipeline.set(LiveSession.on(source).pose(context.estimators(), Tracking.WORKING_HAND).recording(recording).start());
        startedMs = clockMs.getAsLong();
        phase.set(Phase.LIVE);
    }

    /** Called on each screen pulse while live: reads the count, the time, and whether anything stopped. */
    void tick() {
        LiveSession p = pipeline.get();
        if (p == null || phase.get() != Phase.LIVE) {
            return;
        }
        reps.set(repsBefore + p.reps());
        long elapsed = elapsedMs();
        time.set(format(elapsed) + " of " + minutes.get() + ":00");
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
            message.set(Stream.of(p.poseProblem(), p.storageProblem()).flatMap(Optional::stream)
                    .collect(Collectors.joining(" ")));
        }
    }

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
        }
        java.util.OptionalDouble now = recording.widestOpeningShortOfStraight();
        if (now.isPresent() && (widest.isEmpty() || now.getAsDouble() < widest.getAsDouble())) {
            widest = now; // a continued session keeps the best of its parts
        }
        recording = LiveRecording.NOTHING;
        practisedBeforeMs = elapsedMs();
        startedMs = -1;
    }

    private void finished(String words) {
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
            return "This was the sample video: nothing is saved.";
        }
        String movements = reps.get() + (reps.get() == 1 ? " movement" : " movements");
        return savingHeldUp ? movements + " counted; they are saved as soon as the history file can take them."
                : movements + " saved.";
    }

    /** Back to the choices (after a session or a problem). */
    void newSession() {
        if (phase.get() == Phase.LIVE) {
            stop();
        }
        speaker.stop();
        message.set("");
        phase.set(Phase.SETUP);
    }

    void moveSeam(double delta) {
        mirror.set(mirror.get().withSeamMovedBy(delta));
    }

    void nextMode() {
        List<MirrorMode> modes = MirrorMode.therapyModes();
        mirror.set(mirror.get().withMode(modes.get((modes.indexOf(mirror.get().mode()) + 1) % modes.size())));
    }

    /** Remembers the seam and mode chosen during the session for next time. */
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

    private long elapsedMs() {
        return practisedBeforeMs + (startedMs < 0 ? 0 : clockMs.getAsLong() - startedMs);
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

    IntegerProperty repTargetProperty() {
        return repTarget;
    }

    IntegerProperty minutesProperty() {
        return minutes;
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

    /** The latest note over the mirror: the target reached, or a rest suggested. */
    ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** The finished session in plain words, for the stop screen. */
    ReadOnlyObjectProperty<StopSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canContinueProperty() {
        return canContinue.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<LiveSession> pipelineProperty() {
        return pipeline.getReadOnlyProperty();
    }
}
