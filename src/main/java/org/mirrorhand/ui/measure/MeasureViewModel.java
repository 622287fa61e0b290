package org.mirrorhand.ui.measure;

import java.util.List;
import java.util.OptionalDouble;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import org.mirrorhand.capture.MediaException;
import org.mirrorhand.live.LiveRecording;
import org.mirrorhand.live.LiveSession;
import org.mirrorhand.live.Tracking;
import org.mirrorhand.metrics.HandSummary;
import org.mirrorhand.mirror.AffectedSide;
import org.mirrorhand.mirror.MirrorMode;
import org.mirrorhand.mirror.MirrorSettings;
import org.mirrorhand.ui.AppContext;

/**
 * Guides "Measure my hand": the working hand first, then the affected one; for each, a fist, a full opening, and a few
 * open-and-close movements; then each finger's results and the affected hand as a share of the working one. Never
 * touches controls. JavaFX thread.
 */
final class MeasureViewModel {

    /** After this long, a calm word that there is no hurry. */
    static final long HINT_MS = 20_000;
    /** After this long without a steady pose, a clear offer to start the hand over. */
    static final long GIVE_UP_MS = 90_000;
    static final long REPS_MS = 45_000;
    static final int REPS_WANTED = 3;

    enum Stage { INTRO, FIST, OPEN, REPS, RETRY, RESULTS, PROBLEM }

    private final AppContext context;
    private final LongSupplier clockMs;
    private final ReadOnlyObjectWrapper<Stage> stage = new ReadOnlyObjectWrapper<>(Stage.INTRO);
    private final ReadOnlyStringWrapper instruction = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper reps = new ReadOnlyIntegerWrapper();
    private final ReadOnlyListWrapper<FingerResult> results = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<LiveSession> pipeline = new ReadOnlyObjectWrapper<>();
    private volatile HandAssessment assessment;
    private AffectedSide affected = AffectedSide.LEFT;
    private AffectedSide current;
    private long stageStartMs;
    private boolean askedToLeave;
    private java.time.Instant startedAt;

    MeasureViewModel(AppContext context, LongSupplier clockMs) {
        this.context = context;
        this.clockMs = clockMs;
        intro();
    }

    /** How the picture is shown while measuring: plain, no mirror trick, both hands where the user expects them. */
    MirrorSettings view() {
        return context.settings().mirror(affected == null ? AffectedSide.LEFT : affected).withMode(MirrorMode.NONE);
    }

    private void intro() {
        // The profile is the one place the affected hand is kept; without a person, left is assumed.
        affected = context.people().affectedSide(context.currentPerson()).orElse(AffectedSide.LEFT);
        instruction.set("We measure your " + word(affected.other()) + " hand first, then your " + word(affected)
                + " hand. Sit so the camera sees both hands.");
        detail.set("Press Start when you are ready.");
        stage.set(Stage.INTRO);
    }

    /**
     * Shows the camera picture before Start, so the person can place both hands; poses are watched but nothing is
     * measured until Start.
     */
    void preview() {
        LiveSession p = pipeline.get();
        if (p == null || p.ended()) {
            openLive();
        }
    }

    private boolean openLive() {
        stopLive();
        assessment = new HandAssessment(context.settings().cameraFacesUser());
        try {
            // Both hands are measured, so two are tracked; the picture never waits for pose. The listener reads the
            // field each time, so "Measure again" starts a fresh assessment on the same picture.
            pipeline.set(LiveSession.on(context.openSource()).pose(context.estimators(), Tracking.BOTH_HANDS)
                    .recording(LiveRecording.listening((t, hands) -> assessment.onPose(t, hands))).start());
            return true;
        } catch (MediaException e) {
            instruction.set(e.getMessage());
            detail.set("");
            stage.set(Stage.PROBLEM);
            return false;
        }
    }

    /** Begins with the working hand's fist, on the picture already showing (or opens it). */
    void start() {
        results.clear();
        summary.set("");
        LiveSession p = pipeline.get();
        if (p == null || p.ended()) {
            if (!openLive()) {
                return;
            }
        } else {
            assessment = new HandAssessment(context.settings().cameraFacesUser());
        }
        startedAt = java.time.Instant.ofEpochMilli(clockMs.getAsLong());
        fist(affected.other());
    }

    private void fist(AffectedSide hand) {
        current = hand;
        assessment.startFist(hand);
        enter(Stage.FIST, "Make a fist with your " + word(hand) + " hand and hold it still.");
    }

    /** Repeats the calibration of the current hand after a problem. */
    void retry() {
        if (stage.get() == Stage.RETRY) {
            fist(current);
        }
    }

    /** Ends the reps of the current hand early (an affected hand may not manage three). */
    void skip() {
        if (stage.get() == Stage.REPS) {
            nextHand();
        }
    }

    /** Space or Enter: starts, measures again or tries again; while a hand is being measured it does nothing. */
    void proceed() {
        switch (stage.get()) {
            case INTRO, RESULTS, PROBLEM -> start();
            case RETRY -> {
                if (askedToLeave) {
                    goOn();
                } else {
                    retry();
                }
            }
            default -> goOn();
        }
    }

    /** Answers "stop measuring?" with no: the question goes and the current step starts over. */
    private void goOn() {
        if (askedToLeave) {
            askedToLeave = false;
            detail.set("");
            stageStartMs = clockMs.getAsLong();
        }
    }

    /** True while a hand is being measured: leaving now would throw the measurement away. */
    boolean measuring() {
        return switch (stage.get()) {
            case FIST, OPEN, REPS, RETRY -> true;
            default -> false;
        };
    }

    /**
     * Esc or "Back to start": outside a measurement it goes back at once; during one, the first press only asks, so a
     * stray key never throws the measurement away.
     *
     * @return true when the screen should go back
     */
    boolean backRequested() {
        if (!measuring() || askedToLeave) {
            return true;
        }
        askedToLeave = true;
        detail.set(LEAVE_QUESTION);
        return false;
    }

    static final String LEAVE_QUESTION = "Stop measuring? Press Esc again to go back to the start; this "
            + "measurement will not be kept. Press Space to go on measuring.";

    private void enter(Stage s, String words) {
        askedToLeave = false;
        stage.set(s);
        instruction.set(words);
        stageStartMs = clockMs.getAsLong();
    }

    /** Called on each screen pulse: counts down holds, follows reps, and moves on. */
    void tick() {
        LiveSession p = pipeline.get();
        if (p != null && p.captureProblem().isPresent()) {
            instruction.set(p.captureProblem().get().getMessage());
            detail.set("");
            stopLive();
            stage.set(Stage.PROBLEM);
            return;
        }
        long inStage = clockMs.getAsLong() - stageStartMs;
        if (askedToLeave) {
            return; // the question stays until it is answered; the stage waits with it
        }
        switch (stage.get()) {
            case FIST, OPEN -> {
                if (assessment.captured()) {
                    if (stage.get() == Stage.FIST) {
                        assessment.startOpen();
                        enter(Stage.OPEN, "Now open your " + word(current) + " hand as far as it goes, and hold it still.");
                    } else {
                        startReps();
                    }
                } else if (inStage >= GIVE_UP_MS) {
                    enter(Stage.RETRY, "We could not see your " + word(current) + " hand held still. That is all right.");
                    detail.set("Press Space to try again.");
                } else {
                    detail.set(waitingWords(inStage));
                }
            }
            case REPS -> {
                reps.set(assessment.reps());
                detail.set(reps.get() + " of " + REPS_WANTED + ". Press S to skip.");
                if (reps.get() >= REPS_WANTED || inStage >= REPS_MS || p != null && p.ended()) {
                    nextHand();
                }
            }
            default -> { }
        }
    }

    private String waitingWords(long inStage) {
        if (assessment.framesInStep() == 0 && inStage > 1500) {
            return "The camera cannot see your " + word(current) + " hand yet.";
        }
        if (inStage >= HINT_MS) {
            return "Take your time. When the hand is as far as it goes, keep it still for a moment.";
        }
        return assessment.heldMs() > 200 ? "Holding… keep it still." : "Keep it still when you are there.";
    }

    private void startReps() {
        var problem = assessment.startReps();
        if (problem.isPresent()) {
            enter(Stage.RETRY, problem.get());
            detail.set("Press Space to try again.");
            return;
        }
        reps.set(0);
        enter(Stage.REPS, "Open and close your " + word(current) + " hand " + REPS_WANTED + " times.");
    }

    private void nextHand() {
        assessment.finishHand();
        if (current != affected) {
            fist(affected);
        } else {
            showResults();
        }
    }

    private void showResults() {
        present(assessment.result(affected.other()).orElse(null), assessment.result(affected).orElse(null));
    }

    /** Shows (and saves) both hands' results, or asks to measure again when they cannot be right. */
    void present(HandSummary working, HandSummary aff) {
        List<FingerResult> rows = FingerResult.of(working, aff);
        OptionalDouble pct = FingerResult.handPercent(rows);
        if (ResultsCheck.problem(rows, pct).isPresent()) {
            // Numbers that contradict each other are neither shown nor saved.
            results.clear();
            summary.set("");
            instruction.set(ResultsCheck.RETRY);
            detail.set("Press Space to measure again.");
            stage.set(Stage.RESULTS);
            return;
        }
        results.setAll(rows);
        // The whole hand's opening as My progress will chart it; the rows give each finger's own motion.
        OptionalDouble opening = FingerResult.openingPercent(working, aff);
        summary.set(opening.isPresent()
                ? String.format("Your %s hand opens %.0f\u00a0%% as far as your %s hand.", word(affected),
                opening.getAsDouble(), word(affected.other()))
                : "Not enough was measured to compare the hands. Try again with both hands in good light.");
        instruction.set("Your results");
        detail.set(save(working, aff));
        stage.set(Stage.RESULTS);
    }

    /** Keeps what was measured in the history; says whether it was saved. */
    private String save(HandSummary working, HandSummary aff) {
        java.util.Map<AffectedSide, HandSummary> hands = new java.util.EnumMap<>(AffectedSide.class);
        if (working != null) {
            hands.put(affected.other(), working);
        }
        if (aff != null) {
            hands.put(affected, aff);
        }
        if (hands.isEmpty()) {
            return "Nothing was measured, so nothing was saved.";
        }
        String source = context.sourceFile().map(f -> f.getFileName().toString()).orElse("camera");
        java.time.Instant now = java.time.Instant.ofEpochMilli(clockMs.getAsLong());
        return context.measurements().save(context.currentPerson(), affected, source,
                startedAt == null ? now : startedAt, now, hands).orElse("Saved in your history.");
    }

    void stopLive() {
        LiveSession p = pipeline.get();
        pipeline.set(null);
        if (p != null) {
            p.close();
        }
    }

    void leave() {
        stopLive();
        intro();
    }

    static String word(AffectedSide side) {
        return side == AffectedSide.LEFT ? "left" : "right";
    }

    ReadOnlyObjectProperty<Stage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    ReadOnlyStringProperty instructionProperty() {
        return instruction.getReadOnlyProperty();
    }

    ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty repsProperty() {
        return reps.getReadOnlyProperty();
    }

    ReadOnlyListProperty<FingerResult> resultsProperty() {
        return results.getReadOnlyProperty();
    }

    ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<LiveSession> pipelineProperty() {
        return pipeline.getReadOnlyProperty();
    }
}
