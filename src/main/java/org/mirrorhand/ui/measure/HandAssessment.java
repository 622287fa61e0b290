package org.mirrorhand.ui.measure;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mirrorhand.live.PoseListener;
import org.mirrorhand.metrics.Calibration;
import org.mirrorhand.metrics.Chirality;
import org.mirrorhand.metrics.HandMeasurer;
import org.mirrorhand.metrics.HandSummary;
import org.mirrorhand.metrics.OpeningRange;
import org.mirrorhand.metrics.RepCounterSettings;
import org.mirrorhand.metrics.SessionAnalyser;
import org.mirrorhand.mirror.AffectedSide;
import org.mirrorhand.pose.HandPose;

/**
 * The measuring behind "Measure my hand": for one hand at a time, fist frames then open frames calibrate its range, then
 * a few open-and-close reps are analysed for each finger's extension and total active motion. Fed on the inference
 * thread ({@link #onPose}); steered and read on the JavaFX thread. All state is guarded by this object's lock.
 */
final class HandAssessment implements PoseListener {

    enum Step { IDLE, FIST, OPEN, REPS }

    private final boolean cameraFacesUser;
    private final HandMeasurer measurer = new HandMeasurer();
    private final Map<AffectedSide, HandSummary> results = new EnumMap<>(AffectedSide.class);
    private AffectedSide hand = AffectedSide.RIGHT;
    private Step step = Step.IDLE;
    private Calibration calibration;
    private SessionAnalyser analyser;
    private String handLabel;
    private int framesInStep;
    private int reps;

    HandAssessment(boolean cameraFacesUser) {
        this.cameraFacesUser = cameraFacesUser;
    }

    /** Starts calibrating a hand: the fist first. */
    synchronized void startFist(AffectedSide which) {
        hand = which;
        calibration = new Calibration(RepCounterSettings.DEFAULTS);
        analyser = null;
        handLabel = null;
        reps = 0;
        enter(Step.FIST);
    }

    synchronized void startOpen() {
        enter(Step.OPEN);
    }

    /**
     * Ends calibration and starts counting reps with the calibrated range.
     *
     * @return a plain sentence when calibration failed (the person repeats it), else empty
     */
    synchronized Optional<String> startReps() {
        Calibration.Result r = calibration.result();
        if (r.range().isEmpty()) {
            enter(Step.IDLE);
            return Optional.of(r.problem());
        }
        OpeningRange range = r.range().get();
        analyser = new SessionAnalyser();
        if (handLabel != null) {
            analyser.withCalibration(handLabel, range);
        }
        enter(Step.REPS);
        return Optional.empty();
    }

    /** Ends the reps and keeps this hand's result. */
    synchronized Optional<HandSummary> finishHand() {
        enter(Step.IDLE);
        if (analyser == null) {
            return Optional.empty();
        }
        Optional<HandSummary> s = analyser.summary().hands().stream()
                .max((a, b) -> Integer.compare(a.rom().framesSeen(), b.rom().framesSeen()));
        s.ifPresent(summary -> results.put(hand, summary));
        return s;
    }

    synchronized Optional<HandSummary> result(AffectedSide which) {
        return Optional.ofNullable(results.get(which));
    }

    synchronized int reps() {
        return reps;
    }

    /** Frames of the measured hand seen in this step, so the screen can say when the hand is not in view. */
    synchronized int framesInStep() {
        return framesInStep;
    }

    private void enter(Step s) {
        step = s;
        framesInStep = 0;
    }

    @Override
    public synchronized void onPose(double timestampMs, List<HandPose> hands) {
        if (step == Step.IDLE) {
            return;
        }
        Optional<HandPose> pose = handOnSide(hands);
        if (step == Step.REPS) {
            analyser.accept(timestampMs, pose.map(List::of).orElse(List.of()));
            reps = analyser.summary().hands().stream().mapToInt(HandSummary::repCount).max().orElse(0);
        }
        if (pose.isEmpty()) {
            return;
        }
        framesInStep++;
        HandPose p = pose.get();
        if (step == Step.FIST || step == Step.OPEN) {
            var m = measurer.measure(p, Chirality.fromLabel(p.handedness()));
            if (step == Step.FIST) {
                calibration.addFistFrame(m);
            } else {
                calibration.addOpenFrame(m);
                handLabel = p.handedness();
            }
        }
    }

    /** The hand on the measured hand's side of the mirror view (the user's left hand is on the left). */
    private Optional<HandPose> handOnSide(List<HandPose> hands) {
        HandPose best = null;
        double bestX = 0;
        for (HandPose h : hands) {
            double x = h.landmarks().get(0).x();
            double screen = cameraFacesUser ? 1 - x : x;
            double towardSide = hand == AffectedSide.LEFT ? 1 - screen : screen;
            if (towardSide >= 0.35 && (best == null || towardSide > bestX)) {
                best = h;
                bestX = towardSide;
            }
        }
        return Optional.ofNullable(best);
    }
}
