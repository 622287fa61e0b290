package org.mirrorhand.metrics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Counts extension reps of one hand: the smoothed opening index rising from the closed band into the open band. The
 * rep counts the moment the hand arrives open, so feedback is immediate. Between the bands is hysteresis: a hand
 * that half-closes and opens again has not done a new rep. Tremor, twitching and tracking jitter are kept out by
 * smoothing, a minimum amplitude and a minimum rise time; a lost hand pauses the counter (count and range are kept),
 * and after a long absence the hand must be seen closed again before the next rep counts.
 *
 * <p>Runs on frame timestamps only, never the wall clock, so a recorded session replays to the same count. One
 * instance per tracked hand, called from the thread that feeds poses.
 */
public final class ExtensionRepCounter {

    private enum Phase { WAITING_FOR_CLOSED, CLOSED_OR_RISING, OPEN }

    private record Sample(double ms, double flexion) {
    }

    private static final double HISTORY_MS = 10_000;

    private final RepCounterSettings settings;
    private final RangeModel range;
    private final List<Rep> reps = new ArrayList<>();
    private final Deque<Sample> history = new ArrayDeque<>();

    private Phase phase = Phase.WAITING_FOR_CLOSED;
    private double lastFrameMs = Double.NEGATIVE_INFINITY;
    private double lastSampleMs = Double.NaN;
    /** The first frame since the last measured sample in which the hand was missing or unmeasured (NaN: none). */
    private double missingSinceMs = Double.NaN;
    private double smoothed = Double.NaN;
    private double lastClosedMs;
    private double closedFlexion;
    private int closedRunSamples;
    private double closedRunStartMs;
    private double closedRunLastMs;
    private double closedRunMax;
    private RepInProgress current;

    /** A counter whose bands adapt to the range the hand shows. */
    public ExtensionRepCounter(RepCounterSettings settings) {
        this(settings, null);
    }

    /** A counter with the person's calibrated range (null: adaptive). */
    public ExtensionRepCounter(RepCounterSettings settings, OpeningRange calibration) {
        this.settings = settings;
        this.range = new RangeModel(settings, calibration);
    }

    /**
     * Feeds one frame of this hand. A measurement whose opening signal did not pass the quality flag counts as a
     * missing frame.
     *
     * @return true when a rep was counted at this frame
     * @throws IllegalArgumentException when timestamps go backwards
     */
    public boolean update(double timestampMs, HandMeasurement m) {
        if (!(timestampMs >= lastFrameMs)) {
            throw new IllegalArgumentException("frame timestamps must not go backwards: " + timestampMs
                    + " ms after " + lastFrameMs + " ms");
        }
        lastFrameMs = timestampMs;
        if (!m.meanFingerFlexion().isMeasured()) {
            noteMissing(timestampMs);
            return false;
        }
        double x = m.meanFingerFlexion().degrees();
        // Absence is what was seen: from the first frame without the hand to this one. When pose takes a frame only now
        // and then (a busy machine), one unmeasured frame between two measured ones is not a long absence.
        boolean longAbsence = !Double.isNaN(missingSinceMs) && timestampMs - missingSinceMs > settings.maxGapMs();
        missingSinceMs = Double.NaN;
        if (Double.isNaN(lastSampleMs) || longAbsence) {
            resume(x);
        } else {
            double dt = timestampMs - lastSampleMs;
            double alpha = settings.smoothingMs() <= 0 ? 1 : 1 - Math.exp(-dt / settings.smoothingMs());
            smoothed += alpha * (x - smoothed);
        }
        lastSampleMs = timestampMs;
        range.add(smoothed);
        remember(timestampMs);
        return step(timestampMs, m);
    }

    /** The hand was not seen in this frame: the counter pauses (nothing is lost). */
    public void handMissing(double timestampMs) {
        if (!(timestampMs >= lastFrameMs)) {
            throw new IllegalArgumentException("frame timestamps must not go backwards");
        }
        lastFrameMs = timestampMs;
        noteMissing(timestampMs);
    }

    private void noteMissing(double timestampMs) {
        if (Double.isNaN(missingSinceMs)) {
            missingSinceMs = timestampMs;
        }
    }

    /** After a long gap the smoothing restarts and the hand must be seen closed again. */
    private void resume(double x) {
        if (current != null) {
            if (phase == Phase.OPEN) {
                replaceLast(current.rep(lastSampleMs));
            }
            current = null;
        }
        smoothed = x;
        phase = Phase.WAITING_FOR_CLOSED;
        closedRunSamples = 0;
        history.clear();
        range.breakWindow();
    }

    private void remember(double ms) {
        history.addLast(new Sample(ms, smoothed));
        while (history.getFirst().ms < ms - HISTORY_MS) {
            history.removeFirst();
        }
    }

    private boolean step(double ms, HandMeasurement m) {
        Optional<OpeningRange> r = range.established();
        if (r.isEmpty()) {
            return false;
        }
        OpeningRange band = r.get();
        if (phase == Phase.WAITING_FOR_CLOSED) {
            // The range may only now be established: look back over the unbroken history for a held fist.
            replayClosedRuns(band);
            if (phase == Phase.WAITING_FOR_CLOSED) {
                return false;
            }
        } else {
            trackClosedRun(ms, smoothed, band);
        }
        double index = band.openingPercent(smoothed);
        if (phase == Phase.OPEN) {
            current.observe(ms, index, m, true);
            if (closedRunHeld()) {
                replaceLast(current.rep(closedRunStartMs));
                current = null;
                armAt(ms);
            }
            return false;
        }
        if (index <= settings.closedBandPercent()) {
            lastClosedMs = ms;
            closedFlexion = Math.max(closedFlexion, smoothed);
            current = null;
            return false;
        }
        if (current == null) {
            current = new RepInProgress(settings, lastClosedMs);
        }
        boolean open = index >= settings.openBandPercent();
        current.observe(ms, index, m, open);
        boolean bigEnough = closedFlexion - smoothed >= settings.minAmplitudeDegrees();
        boolean slowEnough = ms - lastClosedMs >= settings.minRiseMs();
        if (open && bigEnough && slowEnough) {
            phase = Phase.OPEN;
            current.countedAt(reps.size() + 1, ms);
            reps.add(current.rep(null));
            return true;
        }
        return false;
    }

    /** Follows the current run of consecutive samples in the closed band. */
    private void trackClosedRun(double ms, double flexion, OpeningRange band) {
        if (band.openingPercent(flexion) <= settings.closedBandPercent()) {
            if (closedRunSamples == 0) {
                closedRunStartMs = ms;
                closedRunMax = flexion;
            }
            closedRunSamples++;
            closedRunLastMs = ms;
            closedRunMax = Math.max(closedRunMax, flexion);
        } else {
            closedRunSamples = 0;
        }
    }

    /** A fist counts as closed only when held: two samples at least and {@code minClosedMs} apart. */
    private boolean closedRunHeld() {
        return closedRunSamples >= 2 && closedRunLastMs - closedRunStartMs >= settings.minClosedMs();
    }

    private void replayClosedRuns(OpeningRange band) {
        closedRunSamples = 0;
        boolean armed = false;
        for (Sample s : history) {
            trackClosedRun(s.ms, s.flexion, band);
            if (closedRunHeld()) {
                armed = true;
                lastClosedMs = s.ms;
                closedFlexion = closedRunMax;
            }
        }
        if (armed) {
            phase = Phase.CLOSED_OR_RISING;
        }
    }

    private void armAt(double ms) {
        phase = Phase.CLOSED_OR_RISING;
        lastClosedMs = ms;
        closedFlexion = closedRunMax;
    }

    private void replaceLast(Rep rep) {
        reps.set(reps.size() - 1, rep);
    }

    public int repCount() {
        return reps.size();
    }

    /** The reps so far; the last one may still be open (its end null) and its figures still growing. */
    public List<Rep> reps() {
        List<Rep> out = new ArrayList<>(reps);
        if (phase == Phase.OPEN && current != null && !out.isEmpty()) {
            out.set(out.size() - 1, current.rep(null));
        }
        return Collections.unmodifiableList(out);
    }

    /** The current smoothed opening index, empty until the range is established or when no sample has come yet. */
    public OptionalDouble openingPercent() {
        Optional<OpeningRange> r = range.established();
        if (r.isEmpty() || Double.isNaN(smoothed)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(r.get().openingPercent(smoothed));
    }

    /** The range in use, once established. */
    public Optional<OpeningRange> range() {
        return range.established();
    }

    public boolean calibrated() {
        return range.calibrated();
    }
}
