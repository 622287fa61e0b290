package org.mirrorhand.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Calibrates one hand's opening range: the person makes a fist for a few seconds, then opens as far as they can for
 * a few seconds. Each phase's median mean-finger-flexion over frames that passed the quality flag becomes an end
 * of the range; the median shrugs off the moments of getting into and out of the pose. Fed by the thread that
 * feeds poses; {@link #result()} may be asked at any time.
 */
public final class Calibration {

    /** Fewer clear frames than this in a phase and the phase must be repeated. */
    public static final int MIN_FRAMES_PER_PHASE = 5;

    private final RepCounterSettings settings;
    private final List<Double> fist = new ArrayList<>();
    private final List<Double> open = new ArrayList<>();

    public Calibration(RepCounterSettings settings) {
        this.settings = settings;
    }

    /** A frame taken while the person was asked to make a fist. */
    public void addFistFrame(HandMeasurement m) {
        add(fist, m);
    }

    /** A frame taken while the person was asked to open the hand as far as they can. */
    public void addOpenFrame(HandMeasurement m) {
        add(open, m);
    }

    private static void add(List<Double> into, HandMeasurement m) {
        if (m.meanFingerFlexion().isMeasured()) {
            into.add(m.meanFingerFlexion().degrees());
        }
    }

    /**
     * The calibrated range, or what went wrong in plain words.
     *
     * @param range   present when the calibration succeeded
     * @param problem empty on success; otherwise a sentence to show the person
     */
    public record Result(Optional<OpeningRange> range, String problem) {
    }

    public Result result() {
        if (fist.size() < MIN_FRAMES_PER_PHASE) {
            return new Result(Optional.empty(), "The camera did not see the fist clearly. "
                    + "Hold the fist still, facing the camera, and try again.");
        }
        if (open.size() < MIN_FRAMES_PER_PHASE) {
            return new Result(Optional.empty(), "The camera did not see the open hand clearly. "
                    + "Hold the hand open, facing the camera, and try again.");
        }
        double closed = median(fist);
        double opened = median(open);
        if (closed - opened < settings.minRangeDegrees()) {
            return new Result(Optional.empty(), "The fist and the open hand looked too alike to count reps. "
                    + "Close the hand as far as you can, then open it as far as you can.");
        }
        return new Result(Optional.of(new OpeningRange(closed, opened)), "");
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
