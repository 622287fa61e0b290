package org.mirrorhand.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mirrorhand.pose.HandPose;

class SessionAnalyserTest {

    private static List<TimedHands> leftAndRight(int leftCycles, int rightCycles) {
        List<TimedHands> left = Motion.startingAt(0).hold(1).cycles(leftCycles, 0.8, 0.5)
                .frames(30, o -> SyntheticHand.opening(o).label("Left").at(0.7, 0.6), s -> false);
        List<TimedHands> right = Motion.startingAt(0).hold(1.3).cycles(rightCycles, 1.1, 0.7)
                .frames(30, o -> SyntheticHand.opening(o).label("Right").at(0.3, 0.6), s -> false);
        return Motion.together(left, right);
    }

    @Test
    void twoHandsAtOnceAreCountedSeparately() {
        SessionSummary s = Motion.analyse(leftAndRight(4, 2));
        assertEquals(2, s.hands().size());
        assertEquals("Left", s.hands().get(0).handedness());
        assertEquals(4, s.hands().get(0).repCount());
        assertEquals("Right", s.hands().get(1).handedness());
        assertEquals(2, s.hands().get(1).repCount());
    }

    @Test
    void identityFollowsPositionWhenTheLabelsFlipForSomeFrames() {
        List<TimedHands> frames = new ArrayList<>();
        int i = 0;
        for (TimedHands f : leftAndRight(4, 2)) {
            // Every tenth frame MediaPipe swaps the labels of the two hands.
            if (i++ % 10 == 5) {
                List<HandPose> swapped = new ArrayList<>();
                for (HandPose h : f.hands()) {
                    String other = h.handedness().equals("Left") ? "Right" : "Left";
                    swapped.add(new HandPose(other, h.handednessScore(), h.presence(), h.landmarks(),
                            h.worldLandmarks()));
                }
                f = new TimedHands(f.timestampMs(), swapped);
            }
            frames.add(f);
        }
        SessionSummary s = Motion.analyse(frames);
        assertEquals(2, s.hands().size());
        assertEquals(4, s.hands().get(0).repCount());
        assertEquals(2, s.hands().get(1).repCount());
    }

    @Test
    void handsGivenInEitherOrderKeepTheirIdentity() {
        List<TimedHands> frames = new ArrayList<>();
        int i = 0;
        for (TimedHands f : leftAndRight(3, 2)) {
            List<HandPose> hands = new ArrayList<>(f.hands());
            if (i++ % 2 == 0) {
                java.util.Collections.reverse(hands);
            }
            frames.add(new TimedHands(f.timestampMs(), hands));
        }
        SessionSummary s = Motion.analyse(frames);
        assertEquals(2, s.hands().size());
        for (HandSummary h : s.hands()) {
            assertEquals(h.handedness().equals("Left") ? 3 : 2, h.repCount(), h.handedness());
        }
    }

    @Test
    void aOneFrameDetectionIsLeftOutOfTheSummary() {
        List<TimedHands> frames = new ArrayList<>(Motion.startingAt(0).hold(1).cycles(1, 0.8, 0.5).frames(30));
        TimedHands f = frames.get(40);
        List<HandPose> hands = new ArrayList<>(f.hands());
        hands.add(SyntheticHand.open().label("Right").at(0.15, 0.5).pose());
        frames.set(40, new TimedHands(f.timestampMs(), hands));
        SessionSummary s = Motion.analyse(frames);
        assertEquals(1, s.hands().size());
        assertEquals(1, s.hands().get(0).repCount());
    }

    @Test
    void theSummaryReportsRangeOfMotionFromFramesThatPassed() {
        HandSummary h = Motion.analyse(Motion.startingAt(0).hold(1).cycles(2, 0.8, 0.5).frames(30)).hands().get(0);
        RangeOfMotion rom = h.rom();
        assertEquals(1.0, rom.passedShare(), 1e-9);
        assertEquals(rom.framesSeen(), rom.framesPassed());
        FingerRom middle = rom.fingers().get("middle");
        assertEquals(0, middle.bestExtensionDegrees().get("pip"), 2);
        assertEquals(100, middle.bestFlexionDegrees().get("pip"), 3);
        // ASSH TAM: (85 + 100 + 65) flexion minus no extension deficit.
        assertEquals(250, middle.tamDegrees(), 6);
        assertTrue(rom.fistFlexionDegrees() > 240);
        assertTrue(rom.openFlexionDegrees() < 10);
    }

    @Test
    void theSummarySerialisesToJsonWithTheFieldNamesOfTheAnalyzeOutput() throws Exception {
        SessionSummary s = Motion.analyse(leftAndRight(2, 1));
        ObjectMapper json = new ObjectMapper();
        JsonNode tree = json.readTree(json.writeValueAsString(s));
        JsonNode first = tree.get("hands").get(0);
        assertEquals("Left", first.get("handedness").asText());
        assertEquals(2, first.get("repCount").asInt());
        assertEquals(2, first.get("reps").size());
        JsonNode rep = first.get("reps").get(0);
        for (String field : List.of("number", "startMs", "openMs", "endMs", "peakOpeningPercent", "holdMs",
                "peakExtensionDegrees")) {
            assertTrue(rep.has(field), field);
        }
        assertTrue(rep.get("peakExtensionDegrees").get("index").has("pip"));
        JsonNode rom = first.get("rom");
        assertTrue(rom.get("passedShare").isNumber());
        assertTrue(rom.get("fingers").get("ring").get("tamDegrees").isNumber());
    }

    @Test
    void oneHandReportedTwiceInAFrameIsStillOneHand() {
        List<TimedHands> frames = new ArrayList<>();
        int i = 0;
        for (TimedHands f : Motion.startingAt(0).hold(1).cycles(3, 0.8, 0.5).frames(30)) {
            if (i++ % 7 == 3) {
                HandPose h = f.hands().get(0);
                HandPose twin = new HandPose(h.handedness(), h.handednessScore(), h.presence() * 0.9,
                        h.landmarks(), h.worldLandmarks());
                f = new TimedHands(f.timestampMs(), List.of(h, twin));
            }
            frames.add(f);
        }
        SessionSummary s = Motion.analyse(frames);
        assertEquals(1, s.hands().size());
        assertEquals(3, s.hands().get(0).repCount());
    }

    @Test
    void twoHandsWithTheSameLabelAreStillTwoHands() {
        List<TimedHands> frames = new ArrayList<>();
        for (TimedHands f : leftAndRight(3, 2)) {
            List<HandPose> relabelled = new ArrayList<>();
            for (HandPose h : f.hands()) {
                relabelled.add(new HandPose("Left", h.handednessScore(), h.presence(), h.landmarks(),
                        h.worldLandmarks()));
            }
            frames.add(new TimedHands(f.timestampMs(), relabelled));
        }
        SessionSummary s = Motion.analyse(frames);
        assertEquals(2, s.hands().size());
        // Position keeps them apart, and each hand's own geometry settles the sign of its flexion.
        assertEquals(3, s.hands().get(0).repCount());
        assertEquals(2, s.hands().get(1).repCount());
        assertEquals(250, s.hands().get(1).rom().fistFlexionDegrees(), 8);
    }

    @Test
    void aPoseWithTheWrongNumberOfLandmarksIsAClearError() {
        HandPose good = SyntheticHand.open().pose();
        HandPose bad = new HandPose("Left", 0.9, 0.9, good.landmarks().subList(0, 5),
                good.worldLandmarks().subList(0, 5));
        SessionAnalyser a = new SessionAnalyser();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.accept(0, List.of(bad)));
        assertTrue(e.getMessage().contains("21"), e.getMessage());
    }

    @Test
    void liveUpdatesSayWhenARepWasCounted() {
        SessionAnalyser a = new SessionAnalyser();
        int counted = 0;
        boolean sawOpening = false;
        for (TimedHands f : Motion.startingAt(0).hold(1).cycles(3, 0.8, 0.5).frames(30)) {
            for (HandUpdate u : a.accept(f.timestampMs(), f.hands())) {
                counted += u.repCounted() ? 1 : 0;
                sawOpening |= u.openingPercent().isPresent();
                assertEquals(1, u.hand());
            }
        }
        assertEquals(3, counted);
        assertTrue(sawOpening);
        assertFalse(a.summary().hands().isEmpty());
    }
}
