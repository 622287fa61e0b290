package org.mirrorhand.ui.measure;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mirrorhand.live.PoseListener;
import org.mirrorhand.metrics.Calibration;
import org.mirrorhand.metrics.Chirality;
import org.mirrorhand.metrics.HandMeasurement;
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
    private final SteadyHold hold = new SteadyHold();
    /** Measurements of the current still run; they become the pose's calibration frames once it is steady. */
    private final List<HandMeasurement> run = new java.util.ArrayList<>();
    private boolean captured;
    private double fistFlexion = Double.NaN;

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
        hold.reset();
        run.clear();
        captured = false;
    }

    /** True once the pose asked for (fist, or an opening clearly wider than the fist) was held still for a moment. */
    synchronized boolean captured() {
        return captured;
    }

    /** Milliseconds the current pose has been held still, for the screen's "hold it" progress. */
    synchronized double heldMs() {
        return captured ? SteadyHold.HOLD_MS : hold.heldMs();
    }

    /** Gathers the pose's frames; a still run of the wanted pose becomes its calibration, whatever time it took. */
    private void holdPose(double timestampMs, HandPose p) {
        var m = measurer.measure(p, Chirality.fromLabel(p.handedness()));
        if (hold.accept(timestampMs, p)) {
            run.clear();
        }
        run.add(m);
        if (captured || !hold.steady() || !wanted()) {
            return;
        }
        captured = true;
        for (HandMeasurement r : run) {
            if (step == Step.FIST) {
                calibration.addFistFrame(r);
            } else {
                calibration.addOpenFrame(r);
            }
        }
        if (step == Step.FIST) {
            fistFlexion = meanFlexion();
        } else {
            handLabel = p.handedness();
        }
    }

    /** A fist is any still pose; an opening must be clearly wider than the fist, or a slow opener is still on the way. */
    private boolean wanted() {
        if (step == Step.FIST) {
            return !Double.isNaN(meanFlexion());
        }
        double open = meanFlexion();
        return !Double.isNaN(open) && fistFlexion - open >= RepCounterSettings.DEFAULTS.minRangeDegrees() + OPEN_MARGIN_DEG;
    }

    /** Above the calibration's own minimum, so a captured opening never fails it as "too alike". */
    static final double OPEN_MARGIN_DEG = 5;

    private double meanFlexion() {
        return run.stream().filter(r -> r.meanFingerFlexion().isMeasured())
                .mapToDouble(r -> r.meanFingerFlexion().degrees()).average().orElse(Double.NaN);
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
        if (step == Step.FIST || step == Step.OPEN) {
            holdPose(timestampMs, pose.get());
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
