package org.mirrorhand.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mirrorhand.pose.HandPose;

/**
 * Follows every hand through a session: identity, per-frame measurement with quality flags, extension reps and range
 * of motion. Feed frames in time order with {@link #accept}; ask {@link #summary()} at any point. Used live (one
 * frame at a time, from the pose thread) and for recorded files ({@link #analyse}). Not thread-safe: one feeding
 * thread.
 */
public final class SessionAnalyser {

    /** Hands seen in fewer frames than this are left out of the summary: one-frame detections are not hands. */
    public static final int MIN_FRAMES_FOR_SUMMARY = 3;

    private final HandMeasurer measurer;
    private final QualityLimits limits;
    private final RepCounterSettings settings;
    private final HandTracker tracker = new HandTracker();
    private final Map<String, OpeningRange> calibrations = new HashMap<>();
    private final Map<Integer, HandState> hands = new HashMap<>();
    private double lastMs = Double.NEGATIVE_INFINITY;

    public SessionAnalyser() {
        this(QualityLimits.DEFAULTS, RepCounterSettings.DEFAULTS);
    }

    public SessionAnalyser(QualityLimits limits, RepCounterSettings settings) {
        this.limits = limits;
        this.settings = settings;
        this.measurer = new HandMeasurer(limits);
    }

    /** Uses a calibrated range for hands with this MediaPipe label ("Left"/"Right") from now on. */
    public SessionAnalyser withCalibration(String handedness, OpeningRange range) {
        calibrations.put(handedness.toLowerCase(java.util.Locale.ROOT), range);
        return this;
    }

    /** Analyses a whole recording. */
    public static SessionSummary analyse(Iterable<TimedHands> frames) {
        SessionAnalyser a = new SessionAnalyser();
        for (TimedHands f : frames) {
            a.accept(f.timestampMs(), f.hands());
        }
        return a.summary();
    }

    /**
     * Feeds one frame.
     *
     * @throws IllegalArgumentException when timestamps go backwards or a pose has the wrong number of landmarks
     */
    public List<HandUpdate> accept(double timestampMs, List<HandPose> poses) {
        if (!(timestampMs >= lastMs)) {
            throw new IllegalArgumentException("frame timestamps must not go backwards: " + timestampMs
                    + " ms after " + lastMs + " ms");
        }
        lastMs = timestampMs;
        int[] ids = tracker.assign(timestampMs, poses);
        List<HandPose> distinct = new ArrayList<>();
        for (int i = 0; i < poses.size(); i++) {
            if (ids[i] != 0) {
                distinct.add(poses.get(i));
            }
        }
        List<Set<Finger>> hidden = HandOverlap.hiddenFingers(distinct);
        int d = 0;
        List<HandUpdate> out = new ArrayList<>(poses.size());
        for (int i = 0; i < poses.size(); i++) {
            if (ids[i] == 0) {
                continue; // the same hand reported twice in this frame
            }
            out.add(follow(ids[i], poses.get(i), hidden.get(d++), timestampMs));
        }
        for (Map.Entry<Integer, HandState> e : hands.entrySet()) {
            if (!contains(ids, e.getKey())) {
                e.getValue().counter.handMissing(timestampMs);
            }
        }
        return out;
    }

    /** Measures one hand of the frame, settles its chirality, checks its speed and feeds its counter. */
    private HandUpdate follow(int id, HandPose pose, Set<Finger> hidden, double timestampMs) {
        HandState h = hands.computeIfAbsent(id, k -> newHand(tracker.handedness(k), new ChiralityVote()));
        String label = tracker.handedness(id);
        HandMeasurement asLeft = measurer.measure(pose, Chirality.LABEL_LEFT, hidden);
        h.chirality.add(rawMeanFlexion(asLeft));
        Chirality chirality = h.chirality.decide(label);
        if (h.settled != null && chirality != h.settled) {
            // Everything so far was measured with the wrong sign of flexion: start this hand afresh.
            h = newHand(label, h.chirality);
            hands.put(id, h);
        }
        h.settled = chirality;
        HandMeasurement m = chirality == Chirality.LABEL_LEFT ? asLeft : measurer.measure(pose, chirality, hidden);
        m = h.motion.check(timestampMs, m);
        boolean counted = h.counter.update(timestampMs, m);
        h.rom.add(m);
        return new HandUpdate(id, label, m, h.counter.openingPercent(), h.counter.repCount(), counted);
    }

    private HandState newHand(String label, ChiralityVote vote) {
        OpeningRange calibration = calibrations.get(label.toLowerCase(java.util.Locale.ROOT));
        return new HandState(new MotionCheck(limits), new ExtensionRepCounter(settings, calibration),
                new RomAccumulator(), vote);
    }

    private static boolean contains(int[] ids, int id) {
        for (int i : ids) {
            if (i == id) {
                return true;
            }
        }
        return false;
    }

    /** Per-hand results so far, hands in order of first appearance, leaving out hands seen in under 3 frames. */
    public SessionSummary summary() {
        return summary(MIN_FRAMES_FOR_SUMMARY);
    }

    /**
     * Per-hand results so far, leaving out hands seen in fewer than {@code minFrames} frames. For a still image
     * (one frame, image mode) use 1: its summary then holds that picture's angles.
     */
    public SessionSummary summary(int minFrames) {
        List<HandSummary> out = new ArrayList<>();
        hands.keySet().stream().sorted().forEach(id -> {
            HandState h = hands.get(id);
            if (h.rom.framesSeen() >= minFrames) {
                out.add(new HandSummary(id, tracker.handedness(id), h.counter.repCount(), h.counter.reps(),
                        h.rom.summary(h.counter)));
            }
        });
        return new SessionSummary(out);
    }

    /** Mean raw flexion of the long fingers (unchecked: for the chirality vote only), NaN when incomplete. */
    private static double rawMeanFlexion(HandMeasurement m) {
        double sum = 0;
        for (Finger f : Finger.LONG_FINGERS) {
            for (Joint j : Joint.tamJoints(f)) {
                sum += m.rawFlexion().get(j);
            }
        }
        return sum / Finger.LONG_FINGERS.size();
    }

    /** One tracked hand's state; replaced whole when its chirality turns out to have been wrong. */
    private static final class HandState {
        final MotionCheck motion;
        final ExtensionRepCounter counter;
        final RomAccumulator rom;
        final ChiralityVote chirality;
        Chirality settled;

        HandState(MotionCheck motion, ExtensionRepCounter counter, RomAccumulator rom, ChiralityVote chirality) {
            this.motion = motion;
            this.counter = counter;
            this.rom = rom;
            this.chirality = chirality;
        }
    }
}
