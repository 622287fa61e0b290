package org.mirrorhand.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.DoublePredicate;
import org.mirrorhand.pose.HandPose;

/**
 * Scripted hand movements for tests: a piecewise-linear opening profile (0 = fist, 1 = fully open) sampled at a
 * frame rate into timestamped poses.
 */
final class Motion {

    private final List<double[]> points = new ArrayList<>();
    private double t;

    private Motion(double startOpening) {
        points.add(new double[] {0, startOpening});
    }

    static Motion startingAt(double opening) {
        return new Motion(opening);
    }

    /** Moves linearly to {@code opening} over {@code seconds}. */
    Motion to(double opening, double seconds) {
        t += seconds;
        points.add(new double[] {t, opening});
        return this;
    }

    /** Stays where it is for {@code seconds}. */
    Motion hold(double seconds) {
        return to(points.get(points.size() - 1)[1], seconds);
    }

    /** {@code n} cycles: close-held, open over rise, hold open, close over rise. */
    Motion cycles(int n, double riseSeconds, double holdSeconds) {
        for (int i = 0; i < n; i++) {
            to(0, riseSeconds).hold(holdSeconds).to(1, riseSeconds).hold(holdSeconds);
        }
        return to(0, riseSeconds).hold(holdSeconds);
    }

    double seconds() {
        return t;
    }

    double openingAt(double seconds) {
        for (int i = 1; i < points.size(); i++) {
            double[] a = points.get(i - 1);
            double[] b = points.get(i);
            if (seconds <= b[0]) {
                double f = b[0] == a[0] ? 1 : (seconds - a[0]) / (b[0] - a[0]);
                return a[1] + f * (b[1] - a[1]);
            }
        }
        return points.get(points.size() - 1)[1];
    }

    /** Frames at {@code fps} of one hand shaped by {@code hand} (given the opening), skipping dropped frames. */
    List<TimedHands> frames(double fps, DoubleFunction<SyntheticHand> hand, DoublePredicate dropped) {
        List<TimedHands> out = new ArrayList<>();
        int n = (int) Math.round(t * fps);
        for (int i = 0; i <= n; i++) {
            double s = i / fps;
            List<HandPose> hands = dropped.test(s) ? List.of() : List.of(hand.apply(openingAt(s)).pose());
            out.add(new TimedHands(s * 1000, hands));
        }
        return out;
    }

    List<TimedHands> frames(double fps) {
        return frames(fps, SyntheticHand::opening, s -> false);
    }

    /** Two hands' frame lists merged frame by frame (same frame rate and length). */
    static List<TimedHands> together(List<TimedHands> a, List<TimedHands> b) {
        List<TimedHands> out = new ArrayList<>();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            List<HandPose> hands = new ArrayList<>();
            double ms = i < a.size() ? a.get(i).timestampMs() : b.get(i).timestampMs();
            if (i < a.size()) {
                hands.addAll(a.get(i).hands());
            }
            if (i < b.size()) {
                hands.addAll(b.get(i).hands());
            }
            out.add(new TimedHands(ms, hands));
        }
        return out;
    }

    static SessionSummary analyse(List<TimedHands> frames) {
        return SessionAnalyser.analyse(frames);
    }
}
