package org.mirrorhand.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rep counts on MediaPipe's own landmarks for the shared test videos; counts checked by eye (reference README). */
class ReferenceVideoRepsTest {

    @Test
    void twoHandsOpeningAndClosingCountThreeRepsEach() throws IOException {
        SessionSummary s = SessionAnalyser.analyse(ReferenceData.video("video_two_hands_open_close_5fps.json"));
        System.out.println("two_hands_open_close_5fps: " + describe(s));
        assertEquals(2, s.hands().size(), describe(s));
        for (HandSummary h : s.hands()) {
            assertEquals(3, h.repCount(), () -> "hand " + h.hand() + ": " + describe(s));
        }
        assertNotEquals(s.hands().get(0).handedness(), s.hands().get(1).handedness());
    }

    @Test
    void aVideoWithOnlyAFaceCountsNoRepsAndReportsNoHand() throws IOException {
        SessionSummary s = SessionAnalyser.analyse(ReferenceData.video("video_face_only_5fps.json"));
        assertTrue(s.hands().isEmpty(), describe(s));
    }

    @Test
    void aSteadyOpenHandThatEntersHalfOpenCountsNoRep() throws IOException {
        SessionSummary s = SessionAnalyser.analyse(ReferenceData.video("video_open_palm_steady.json"));
        System.out.println("open_palm_steady: " + describe(s));
        assertEquals(1, s.hands().size(), describe(s));
        assertEquals(0, s.hands().get(0).repCount(), describe(s));
    }

    @Test
    void theCountsHoldForNeighbouringBandsAndSmoothing() throws IOException {
        List<TimedHands> two = ReferenceData.video("video_two_hands_open_close_5fps.json");
        List<TimedHands> steady = ReferenceData.video("video_open_palm_steady.json");
        for (double closed : new double[] {25, 35, 40}) {
            for (double open : new double[] {60, 65, 75}) {
                for (double smoothing : new double[] {0, 150, 300}) {
                    RepCounterSettings settings = new RepCounterSettings(closed, open, 30, 100, 120, smoothing, 1500,
                            160, 60, 10);
                    String what = "bands " + closed + "/" + open + ", smoothing " + smoothing + " ms";
                    assertEquals(List.of(3, 3), counts(two, settings), what);
                    assertEquals(List.of(0), counts(steady, settings), what);
                }
            }
        }
    }

    @Test
    void theCountsSurviveJitterAddedToTheLandmarks() throws IOException {
        // A different pose engine will not reproduce MediaPipe's numbers exactly: add 3 mm of random jitter to
        // every world landmark (several seeds) and expect the same counts.
        List<TimedHands> two = ReferenceData.video("video_two_hands_open_close_5fps.json");
        List<TimedHands> steady = ReferenceData.video("video_open_palm_steady.json");
        for (long seed = 1; seed <= 5; seed++) {
            assertEquals(List.of(3, 3), counts(Jitter.world(two, 0.003, seed), RepCounterSettings.DEFAULTS),
                    "seed " + seed);
            assertEquals(List.of(0), counts(Jitter.world(steady, 0.003, seed), RepCounterSettings.DEFAULTS),
                    "seed " + seed);
        }
    }

    @Test
    void theCountsDoNotDependOnTheHandednessLabels() throws IOException {
        List<TimedHands> relabelled = new java.util.ArrayList<>();
        for (TimedHands f : ReferenceData.video("video_two_hands_open_close_5fps.json")) {
            List<org.mirrorhand.pose.HandPose> hands = new java.util.ArrayList<>();
            for (org.mirrorhand.pose.HandPose h : f.hands()) {
                hands.add(new org.mirrorhand.pose.HandPose("Left", 0.5, h.presence(), h.landmarks(),
                        h.worldLandmarks()));
            }
            relabelled.add(new TimedHands(f.timestampMs(), hands));
        }
        assertEquals(List.of(3, 3), counts(relabelled, RepCounterSettings.DEFAULTS));
    }

    private static List<Integer> counts(List<TimedHands> frames, RepCounterSettings settings) {
        SessionAnalyser a = new SessionAnalyser(QualityLimits.DEFAULTS, settings);
        for (TimedHands f : frames) {
            a.accept(f.timestampMs(), f.hands());
        }
        return a.summary().hands().stream().map(HandSummary::repCount).toList();
    }

    static String describe(SessionSummary s) {
        StringBuilder b = new StringBuilder();
        for (HandSummary h : s.hands()) {
            b.append(String.format("[hand %d %s reps=%d passed=%.2f range=%s..%s", h.hand(), h.handedness(),
                    h.repCount(), h.rom().passedShare(), h.rom().fistFlexionDegrees(), h.rom().openFlexionDegrees()));
            for (Rep r : h.reps()) {
                b.append(String.format(" (%.0f->%.0f->%s peak %.0f%% hold %.0f)", r.startMs(), r.openMs(), r.endMs(),
                        r.peakOpeningPercent(), r.holdMs()));
            }
            b.append("] ");
        }
        return b.isEmpty() ? "no hands" : b.toString();
    }

    static List<TimedHands> load(String name) throws IOException {
        return ReferenceData.video(name);
    }
}
