package org.mirrorhand.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoublePredicate;
import org.junit.jupiter.api.Test;
import org.mirrorhand.pose.HandPose;

class OwnCycleKeeperTest {

    /** A narrower rep, the widest one, then another narrower one, each from a held fist, at 30 frames a second. */
    private static final Motion THREE_REPS = Motion.startingAt(0).hold(1.5)
            .to(0.65, 1.2).hold(0.4).to(0, 1.2).hold(1.5)
            .to(1, 1.2).hold(0.4).to(0, 1.2).hold(1.5)
            .to(0.7, 1.2).hold(0.4).to(0, 1.2).hold(1.5);
    /** Where the widest rep is on its way up. */
    private static final DoublePredicate DURING_WIDEST = s -> s > 6.0 && s < 6.25;

    @Test
    void theKeptCycleStartsAndEndsNearTheFistAndPassesThroughTheWidestOpening() {
        List<double[]> cycle = keep(THREE_REPS.frames(30)).orElseThrow().frames();
        assertEquals(OwnCycleKeeper.FRAMES, cycle.size());
        assertTrue(openness(cycle.get(0)) < 0.25, "starts near the fist: " + openness(cycle.get(0)));
        assertTrue(openness(cycle.get(cycle.size() - 1)) < 0.25,
                "ends near the fist: " + openness(cycle.get(cycle.size() - 1)));
        double widest = cycle.stream().mapToDouble(OwnCycleKeeperTest::openness).max().orElseThrow();
        assertTrue(widest > 0.95, "passes through the widest rep's full opening, not a narrower rep's: " + widest);
    }

    @Test
    void aRepWithAMissingStretchIsRefusedAndTheWidestWholeOneKeptInstead() {
        List<TimedHands> frames = THREE_REPS.frames(30, SyntheticHand::opening, DURING_WIDEST);
        OwnCycleKeeper.Cycle kept = keep(frames).orElseThrow();
        double widest = kept.frames().stream().mapToDouble(OwnCycleKeeperTest::openness).max().orElseThrow();
        assertTrue(widest < 0.85, "the widest rep had a gap, so a narrower whole one is kept: " + widest);
        SessionSummary s = Motion.analyse(frames);
        assertEquals(3, s.hands().get(0).reps().size(), "the gap was short enough for the rep still to count");
    }

    @Test
    void aRepWithOnlyGapsIsNotKeptAtAll() {
        List<TimedHands> frames = Motion.startingAt(0).hold(1.5).to(1, 1.2).hold(0.4).to(0, 1.2).hold(1.5)
                .frames(30, SyntheticHand::opening, s -> s > 2.0 && s < 2.2);
        assertEquals(1, Motion.analyse(frames).hands().get(0).reps().size());
        assertTrue(keep(frames).isEmpty(), "its one rep had a gap");
    }

    @Test
    void resamplingSpacesFramesEvenlyInTimeWhateverTheFrameTimes() {
        List<OwnCycleKeeper.Sample> samples = new ArrayList<>();
        double[] times = {1000, 1040, 1130, 1150, 1400, 1410, 1600, 1800, 1990, 2000};
        for (double t : times) {
            double[] p = new double[63];
            p[0] = t; // a value that is the frame time, so each resampled frame shows when it was taken
            p[62] = t * t;
            samples.add(OwnCycleKeeper.sample(t, p));
        }
        List<double[]> out = OwnCycleKeeper.cut(samples, 1000, 2000, 8).orElseThrow();
        for (int k = 0; k < 8; k++) {
            assertEquals(1000 + k * 125, out.get(k)[0], 1e-9, "frame " + k + " at its even time");
        }
        assertEquals(1000 * 1000, out.get(0)[62], 1e-9, "the first frame is the first sample");
    }

    @Test
    void aStretchWithAMissingFrameOrALongStepIsRefused() {
        double[] p = new double[63];
        List<OwnCycleKeeper.Sample> missing = List.of(OwnCycleKeeper.sample(0, p), OwnCycleKeeper.sample(100, null),
                OwnCycleKeeper.sample(200, p), OwnCycleKeeper.sample(300, p));
        assertTrue(OwnCycleKeeper.cut(missing, 0, 300, 8).isEmpty());
        List<OwnCycleKeeper.Sample> stalled = List.of(OwnCycleKeeper.sample(0, p), OwnCycleKeeper.sample(100, p),
                OwnCycleKeeper.sample(900, p), OwnCycleKeeper.sample(1000, p));
        assertTrue(OwnCycleKeeper.cut(stalled, 0, 1000, 8).isEmpty());
        List<OwnCycleKeeper.Sample> forgotten = List.of(OwnCycleKeeper.sample(100, p), OwnCycleKeeper.sample(200, p),
                OwnCycleKeeper.sample(300, p));
        assertTrue(OwnCycleKeeper.cut(forgotten, 0, 300, 8).isEmpty(), "its start is no longer remembered");
    }

    @Test
    void eachHandOfTheSharedOpenCloseVideoLeavesACycleFromItsFistThroughItsOpening() throws java.io.IOException {
        List<TimedHands> frames = ReferenceData.video("video_two_hands_open_close_5fps.json");
        SessionAnalyser analyser = new SessionAnalyser();
        Map<Integer, OwnCycleKeeper> keepers = new java.util.HashMap<>();
        for (TimedHands f : frames) {
            List<HandUpdate> updates = analyser.accept(f.timestampMs(), f.hands());
            for (int i = 0; i < updates.size() && updates.size() == f.hands().size(); i++) {
                HandUpdate u = updates.get(i);
                keepers.computeIfAbsent(u.hand(), k -> new OwnCycleKeeper()).frame(f.timestampMs(),
                        Map.of(u.hand(), new OwnCycleKeeper.Seen(f.hands().get(i), u.measurement())));
            }
            for (HandSummary h : analyser.summary().hands()) {
                h.reps().forEach(r -> keepers.get(h.hand()).repEnded(h.hand(), r));
            }
        }
        for (HandSummary h : analyser.summary().hands()) {
            List<double[]> cycle = keepers.get(h.hand()).best().orElseThrow(
                    () -> new AssertionError("hand " + h.hand() + " (" + h.handedness() + "): no whole rep")).frames();
            double first = reach(cycle.get(0));
            double last = reach(cycle.get(cycle.size() - 1));
            double widest = cycle.stream().mapToDouble(OwnCycleKeeperTest::reach).max().orElseThrow();
            System.out.printf("hand %d: middle fingertip %.0f mm from the wrist at the start, %.0f widest, %.0f at the end%n",
                    h.hand(), first * 1000, widest * 1000, last * 1000);
            assertTrue(widest > 1.3 * first && widest > 1.3 * last, "opens between two fists: " + first + " "
                    + widest + " " + last);
        }
    }

    /** Runs the real analyser over the frames, feeding the keeper as a session does. */
    private static Optional<OwnCycleKeeper.Cycle> keep(List<TimedHands> frames) {
        SessionAnalyser analyser = new SessionAnalyser();
        OwnCycleKeeper keeper = new OwnCycleKeeper();
        for (TimedHands f : frames) {
            List<HandUpdate> updates = analyser.accept(f.timestampMs(), f.hands());
            keeper.frame(f.timestampMs(), updates.isEmpty() ? Map.of()
                    : Map.of(updates.get(0).hand(), new OwnCycleKeeper.Seen(f.hands().get(0), updates.get(0).measurement())));
            for (HandSummary h : analyser.summary().hands()) {
                h.reps().forEach(r -> keeper.repEnded(h.hand(), r));
            }
        }
        return keeper.best();
    }

    /** How open a packed hand is: the middle fingertip's reach from the wrist, 0 at the fist, 1 fully open. */
    private static double openness(double[] p) {
        double fist = reach(packed(SyntheticHand.fist().pose()));
        double open = reach(packed(SyntheticHand.opening(1).pose()));
        return (reach(p) - fist) / (open - fist);
    }

    private static double reach(double[] p) {
        return Math.sqrt(Math.pow(p[36] - p[0], 2) + Math.pow(p[37] - p[1], 2) + Math.pow(p[38] - p[2], 2));
    }

    private static double[] packed(HandPose pose) {
        double[] p = new double[63];
        for (int i = 0; i < 21; i++) {
            p[3 * i] = pose.worldLandmarks().get(i).x();
            p[3 * i + 1] = pose.worldLandmarks().get(i).y();
            p[3 * i + 2] = pose.worldLandmarks().get(i).z();
        }
        return p;
    }
}
