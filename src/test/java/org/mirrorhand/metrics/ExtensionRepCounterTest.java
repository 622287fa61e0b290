package org.mirrorhand.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtensionRepCounterTest {

    private static int reps(List<TimedHands> frames) {
        SessionSummary s = Motion.analyse(frames);
        assertEquals(1, s.hands().size(), () -> "hands: " + s.hands());
        return s.hands().get(0).repCount();
    }

    private static HandSummary onlyHand(List<TimedHands> frames) {
        SessionSummary s = Motion.analyse(frames);
        assertEquals(1, s.hands().size());
        return s.hands().get(0);
    }

    @Test
    void countsOneRepForEachCleanOpenCloseCycle() {
        assertEquals(5, reps(Motion.startingAt(0).hold(1).cycles(5, 0.8, 0.5).frames(30)));
    }

    @Test
    void countsSlowCycles() {
        assertEquals(3, reps(Motion.startingAt(0).hold(1).cycles(3, 5, 2).frames(30)));
    }

    @Test
    void countsFastCycles() {
        assertEquals(6, reps(Motion.startingAt(0).hold(0.5).cycles(6, 0.3, 0.15).frames(30)));
    }

    @Test
    void countsTheSameAtFiveFramesASecondAsAtSixty() {
        Motion m = Motion.startingAt(0).hold(1).cycles(4, 1, 1);
        assertEquals(4, reps(m.frames(5)));
        assertEquals(4, reps(m.frames(60)));
    }

    @Test
    void countsTheMomentTheHandArrivesOpenNotWhenItClosesAgain() {
        // Fist for 2 s, open over 1 s (2..3 s), held open 4 s.
        Motion m = Motion.startingAt(0).hold(2).to(1, 1).hold(4);
        HandSummary h = onlyHand(m.frames(30));
        assertEquals(1, h.repCount());
        Rep r = h.reps().get(0);
        assertTrue(r.openMs() > 2000 && r.openMs() < 3200, "counted at " + r.openMs());
        // The rep starts when the hand leaves its closed band (35 % of the way), a few frames into the rise.
        assertTrue(r.startMs() >= 2000 && r.startMs() <= 2450, "started at " + r.startMs());
        assertNull(r.endMs(), "still open when the recording ended");
    }

    @Test
    void measuresHowLongTheOpeningWasHeldAtEndRange() {
        Motion m = Motion.startingAt(0).hold(1).to(1, 0.5).hold(3).to(0, 0.5).hold(1);
        Rep r = onlyHand(m.frames(30)).reps().get(0);
        // 3 s held, plus the last and first moments of the ramps within 10 points of the peak and the smoothing lag.
        assertTrue(r.holdMs() >= 2900 && r.holdMs() <= 3500, "hold " + r.holdMs());
        assertNotNull(r.endMs());
        assertEquals(5000, r.endMs(), 400);
        assertEquals(100, r.peakOpeningPercent(), 1);
    }

    @Test
    void partialOpeningsBelowTheOpenBandDoNotCount() {
        Motion m = Motion.startingAt(0).hold(1).cycles(1, 0.8, 0.5);
        for (int i = 0; i < 4; i++) {
            m.to(0.5, 0.8).hold(0.3).to(0, 0.8).hold(0.5);
        }
        assertEquals(1, reps(m.frames(30)));
    }

    @Test
    void halfClosingAndReopeningIsNotANewRep() {
        // Open, close only to 60 % of the way (never into the closed band), open again: one rep.
        Motion m = Motion.startingAt(0).hold(1).to(1, 0.8).hold(0.5).to(0.4, 0.6).hold(0.3).to(1, 0.6).hold(1);
        assertEquals(1, reps(m.frames(30)));
    }

    @Test
    void tremorAtTheFistOrWhenOpenNeverCounts() {
        // One real rep, then a long tremor around the open hand and around the fist (+-12 % at 5 Hz).
        Motion m = Motion.startingAt(0).hold(1).cycles(1, 0.8, 0.5);
        m.to(1, 0.8);
        for (int i = 0; i < 25; i++) {
            m.to(0.88, 0.1).to(1, 0.1);
        }
        m.to(0, 0.8);
        for (int i = 0; i < 25; i++) {
            m.to(0.12, 0.1).to(0, 0.1);
        }
        assertEquals(2, reps(m.frames(30)));
    }

    @Test
    void jitterOnEveryJointDoesNotAddReps() {
        java.util.Random random = new java.util.Random(7);
        Motion m = Motion.startingAt(0).hold(1).cycles(3, 1, 1);
        List<TimedHands> frames = m.frames(30, opening -> {
            SyntheticHand h = SyntheticHand.opening(opening);
            for (int f = 0; f < 4; f++) {
                h.mcp[f] += random.nextGaussian() * 6;
                h.pip[f] += random.nextGaussian() * 6;
                h.dip[f] += random.nextGaussian() * 6;
            }
            return h;
        }, s -> false);
        assertEquals(3, reps(frames));
    }

    @Test
    void aOneFrameTrackingJumpToOpenDoesNotCount() {
        Motion m = Motion.startingAt(0).hold(1).cycles(1, 0.8, 0.5).hold(2);
        List<TimedHands> frames = new ArrayList<>(m.frames(30));
        int glitch = frames.size() - 20;
        TimedHands f = frames.get(glitch);
        frames.set(glitch, new TimedHands(f.timestampMs(), List.of(SyntheticHand.open().pose())));
        assertEquals(1, reps(frames));
    }

    @Test
    void droppedFramesDoNotLoseOrDoubleReps() {
        Motion m = Motion.startingAt(0).hold(1).cycles(4, 1, 1);
        // Every third frame missing, and a 0.6 s dropout in the middle of the second opening.
        List<TimedHands> frames = m.frames(30, SyntheticHand::opening,
                s -> Math.round(s * 30) % 3 == 0 || (s > 5.2 && s < 5.8));
        assertEquals(4, reps(frames));
    }

    @Test
    void poseTakingAFrameOnlyEvery800MsWithTheHandUnmeasuredInOneFrameOfEachOpeningStillCountsEveryRep() {
        // A busy machine: the app's pose takes the newest frame about once in 0.8 s. The frame in the middle of each
        // opening is blurred (not measured), so 1.6 s pass between two measured frames though the hand never left.
        Motion m = Motion.startingAt(0).hold(2).cycles(4, 1.6, 1.6);
        List<TimedHands> frames = m.frames(1.25, SyntheticHand::opening, s -> {
            double k = (s - 5.6) / 6.4;
            return k > -1e-6 && k < 3.5 && Math.abs(k - Math.round(k)) < 1e-6;
        });
        assertEquals(4, frames.stream().filter(f -> f.hands().isEmpty()).count(), "one frame missing in each opening");
        assertEquals(4, reps(frames));
    }

    @Test
    void aHandThatLeavesAndReturnsKeepsItsCount() {
        Motion before = Motion.startingAt(0).hold(1).cycles(2, 0.8, 0.5);
        Motion after = Motion.startingAt(0).hold(1).cycles(2, 0.8, 0.5);
        List<TimedHands> frames = new ArrayList<>(before.frames(30));
        double offset = frames.get(frames.size() - 1).timestampMs();
        for (int i = 1; i <= 150; i++) {
            frames.add(new TimedHands(offset + i * 1000.0 / 30, List.of()));
        }
        double back = frames.get(frames.size() - 1).timestampMs();
        for (TimedHands f : after.frames(30, o -> SyntheticHand.opening(o).at(0.3, 0.6), s -> false)) {
            frames.add(new TimedHands(back + 1000.0 / 30 + f.timestampMs(), f.hands()));
        }
        HandSummary h = onlyHand(frames);
        assertEquals(4, h.repCount());
    }

    @Test
    void aHandLostWhileOpenAndBackOpenIsNotANewRep() {
        Motion m = Motion.startingAt(0).hold(1).to(1, 0.8).hold(4);
        List<TimedHands> frames = m.frames(30, SyntheticHand::opening, s -> s > 2.5 && s < 4.5);
        assertEquals(1, reps(frames));
    }

    @Test
    void aHalfOpenHandThatSettlesOpenIsNotARep() {
        // Like a hand coming into view half open: without a calibration there has been no real fist.
        assertEquals(0, reps(Motion.startingAt(0.45).hold(2).to(1, 1).hold(4).frames(25)));
    }

    @Test
    void aCalibratedRangeSetsTheBands() {
        HandMeasurer measurer = new HandMeasurer();
        Calibration c = new Calibration(RepCounterSettings.DEFAULTS);
        for (int i = 0; i < 30; i++) {
            c.addFistFrame(measurer.measure(SyntheticHand.fist().pose()));
            c.addOpenFrame(measurer.measure(SyntheticHand.open().pose()));
        }
        OpeningRange range = c.result().range().orElseThrow();
        // Openings to 50 % never reach the calibrated open band; full ones do.
        Motion m = Motion.startingAt(0).hold(1);
        for (int i = 0; i < 3; i++) {
            m.to(0.5, 0.8).hold(0.5).to(0, 0.8).hold(0.5);
        }
        m.cycles(2, 0.8, 0.5);
        SessionAnalyser a = new SessionAnalyser().withCalibration("Left", range);
        int counted = 0;
        for (TimedHands f : m.frames(30)) {
            for (HandUpdate u : a.accept(f.timestampMs(), f.hands())) {
                counted += u.repCounted() ? 1 : 0;
            }
        }
        assertEquals(2, counted);
        assertTrue(a.summary().hands().get(0).rom().calibrated());
    }

    @Test
    void eachRepRecordsEachFingersPeakExtension() {
        Motion m = Motion.startingAt(0).hold(1).to(1, 0.8).hold(1).to(0, 0.8).hold(1);
        List<TimedHands> frames = m.frames(30, o -> {
            SyntheticHand h = SyntheticHand.opening(o);
            h.pip[0] = Math.max(h.pip[0], 30); // the index PIP never straightens past 30 degrees
            return h;
        }, s -> false);
        Rep r = onlyHand(frames).reps().get(0);
        assertEquals(30, r.peakExtensionDegrees().get("index").get("pip"), 3);
        assertEquals(0, r.peakExtensionDegrees().get("middle").get("pip"), 3);
        assertTrue(r.peakExtensionDegrees().get("thumb").containsKey("ip"));
    }

    @Test
    void timestampsGoingBackwardsAreAClearError() {
        ExtensionRepCounter counter = new ExtensionRepCounter(RepCounterSettings.DEFAULTS);
        HandMeasurement m = new HandMeasurer().measure(SyntheticHand.fist().pose());
        counter.update(1000, m);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> counter.update(900, m));
        assertTrue(e.getMessage().contains("backwards"), e.getMessage());
    }

    @Test
    void framesThatFailTheQualityFlagAreNotCountedFrom() {
        // The whole opening happens while the hand's presence is too low to trust.
        Motion m = Motion.startingAt(0).hold(1).cycles(2, 0.8, 0.5);
        List<TimedHands> frames = m.frames(30, o -> SyntheticHand.opening(o).presence(0.1), s -> false);
        HandSummary h = onlyHand(frames);
        assertEquals(0, h.repCount());
        assertEquals(0, h.rom().passedShare());
        assertFalse(h.rom().fingers().get("index").bestExtensionDegrees().get("pip") != null);
    }
}
