package org.mirrorhand.metrics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mirrorhand.pose.HandPose;
import org.mirrorhand.pose.Landmark;

/**
 * Keeps the person's own open–close cycle from a session, for "show the movement": the world landmarks of the working
 * hand over one counted rep (fist, open, fist as {@link ExtensionRepCounter} defines it), resampled evenly in time to
 * {@link #FRAMES} frames. Of the session's reps it keeps the widest one (the least mean finger flexion measured in it:
 * a rep's opening percent is not comparable across reps while the range still adapts) whose hand was tracked on every
 * frame; a rep with a gap, or longer than the frames remembered, is not kept. Runs on frame time; called from the thread that
 * feeds poses; not thread-safe.
 */
public final class OwnCycleKeeper {

    /** Frames of a kept cycle: as many as the built-in one, enough for a smooth playback. */
    public static final int FRAMES = 48;
    /** Frame time remembered per hand: a rep that takes longer than this is not kept. */
    static final double REMEMBER_MS = 30_000;
    /** Two tracked frames further apart than this are a gap even without a frame in between (pose stalled). */
    static final double MAX_STEP_MS = 500;
    /** How far before a rep's start and after its end the most closed frame is looked for. */
    static final double EDGE_MS = 1000;
    private static final int VALUES = 3 * 21;

    record Sample(double ms, double[] world, double flexion) {
    }

    /** A working hand in one frame: its pose and its measurement (the flexion may be unmeasured). */
    public record Seen(HandPose pose, HandMeasurement measurement) {
    }

    /**
     * A kept cycle: {@link #FRAMES} packed world landmarks (metres) and how wide the rep opened.
     *
     * @param leastFlexionDegrees the least mean finger flexion measured during the rep (smaller is wider)
     */
    public record Cycle(List<double[]> frames, double leastFlexionDegrees) {
    }

    private final Map<Integer, Deque<Sample>> seen = new HashMap<>();
    private Cycle best;

    /**
     * One frame: the working hands in it by their session identity (usually one). A hand seen before and absent now is
     * remembered as missing at this frame.
     */
    public void frame(double timestampMs, Map<Integer, Seen> working) {
        working.forEach((id, s) -> seen.computeIfAbsent(id, k -> new ArrayDeque<>())
                .addLast(new Sample(timestampMs, packed(s.pose()), s.measurement().meanFingerFlexion().isMeasured()
                        ? s.measurement().meanFingerFlexion().degrees() : Double.NaN)));
        for (Map.Entry<Integer, Deque<Sample>> e : seen.entrySet()) {
            Deque<Sample> d = e.getValue();
            if (!working.containsKey(e.getKey())) {
                d.addLast(new Sample(timestampMs, null, Double.NaN));
            }
            while (!d.isEmpty() && d.getFirst().ms < timestampMs - REMEMBER_MS) {
                d.removeFirst();
            }
        }
    }

    /** A rep of working hand {@code hand} has ended (closed again): keeps its cycle when it is the widest whole one. */
    public void repEnded(int hand, Rep rep) {
        Deque<Sample> d = seen.get(hand);
        if (rep.endMs() == null || d == null) {
            return;
        }
        double least = Double.POSITIVE_INFINITY;
        for (Sample s : d) {
            if (s.ms >= rep.startMs() && s.ms <= rep.endMs() && s.flexion < least) {
                least = s.flexion;
            }
        }
        if (best != null && least >= best.leastFlexionDegrees()) {
            return;
        }
        double width = least;
        List<Sample> samples = new ArrayList<>(d);
        cut(samples, mostClosed(samples, rep.startMs() - EDGE_MS, rep.startMs(), rep.startMs(), true),
                mostClosed(samples, rep.endMs(), rep.endMs() + EDGE_MS, rep.endMs(), false), FRAMES)
                .ifPresent(frames -> best = new Cycle(frames, width));
    }

    /**
     * The frame time of the most closed hand from {@code fromMs} to {@code toMs}: the counter's smoothed signal lags
     * the hand, so where it says the rep began (or ended) the hand itself has already begun to open (or has closed).
     * On a tie the frame nearest the opening.
     */
    private static double mostClosed(List<Sample> samples, double fromMs, double toMs, double otherwise, boolean latest) {
        double at = otherwise;
        double most = Double.NEGATIVE_INFINITY;
        for (Sample s : samples) {
            if (s.ms >= fromMs && s.ms <= toMs && (s.flexion > most || (latest && s.flexion == most))) {
                most = s.flexion;
                at = s.ms;
            }
        }
        return at;
    }

    /** The widest whole cycle so far, if any. */
    public Optional<Cycle> best() {
        return Optional.ofNullable(best);
    }

    /**
     * The stretch from {@code startMs} to {@code endMs} resampled to {@code frames} evenly timed frames (the first at
     * the start, the last one step before the end, so a looped playback returns to the start evenly); empty when the
     * hand was missing on any frame of it, a step between frames is too long, or the stretch is not all remembered.
     */
    static Optional<List<double[]>> cut(List<Sample> samples, double startMs, double endMs, int frames) {
        List<Sample> in = new ArrayList<>();
        for (Sample s : samples) {
            if (s.ms >= startMs && s.ms <= endMs) {
                in.add(s);
            }
        }
        if (in.size() < 3 || in.get(0).ms != startMs || in.get(in.size() - 1).ms != endMs) {
            return Optional.empty();
        }
        for (int i = 0; i < in.size(); i++) {
            if (in.get(i).world == null || (i > 0 && in.get(i).ms - in.get(i - 1).ms > MAX_STEP_MS)) {
                return Optional.empty();
            }
        }
        List<double[]> out = new ArrayList<>(frames);
        int j = 0;
        for (int k = 0; k < frames; k++) {
            double t = startMs + k * (endMs - startMs) / frames;
            while (in.get(j + 1).ms < t) {
                j++;
            }
            Sample a = in.get(j);
            Sample b = in.get(j + 1);
            double f = (t - a.ms) / (b.ms - a.ms);
            double[] p = new double[VALUES];
            for (int v = 0; v < VALUES; v++) {
                p[v] = a.world[v] + f * (b.world[v] - a.world[v]);
            }
            out.add(p);
        }
        return Optional.of(out);
    }

    /** For tests: a remembered frame. */
    static Sample sample(double ms, double[] world) {
        return new Sample(ms, world, Double.NaN);
    }

    private static double[] packed(HandPose pose) {
        double[] p = new double[VALUES];
        List<Landmark> w = pose.worldLandmarks();
        for (int i = 0; i < 21; i++) {
            p[3 * i] = w.get(i).x();
            p[3 * i + 1] = w.get(i).y();
            p[3 * i + 2] = w.get(i).z();
        }
        return p;
    }
}
