package org.mirrorhand.metrics;

import java.util.List;

/**
 * Prints how long the metrics take per frame (two hands, synthetic open/close cycles at 30 frames a second). Not a
 * test: run it with {@code java -cp target/classes:target/test-classes:<deps> org.mirrorhand.metrics.MetricsBenchmark}.
 */
public final class MetricsBenchmark {

    private MetricsBenchmark() {
    }

    public static void main(String[] args) {
        List<TimedHands> left = Motion.startingAt(0).hold(1).cycles(60, 0.8, 0.5)
                .frames(30, o -> SyntheticHand.opening(o).at(0.7, 0.6), s -> false);
        List<TimedHands> right = Motion.startingAt(0).hold(1).cycles(60, 1.1, 0.7)
                .frames(30, o -> SyntheticHand.opening(o).label("Right").at(0.3, 0.6), s -> false);
        List<TimedHands> frames = Motion.together(left, right);
        for (int round = 0; round < 5; round++) {
            SessionAnalyser a = new SessionAnalyser();
            long start = System.nanoTime();
            for (TimedHands f : frames) {
                a.accept(f.timestampMs(), f.hands());
            }
            SessionSummary s = a.summary();
            double us = (System.nanoTime() - start) / 1000.0 / frames.size();
            System.out.printf("round %d: %d frames of two hands, %.1f microseconds per frame, reps %d and %d%n",
                    round, frames.size(), us, s.hands().get(0).repCount(), s.hands().get(1).repCount());
        }
    }
}
