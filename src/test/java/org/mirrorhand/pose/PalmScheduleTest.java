package org.mirrorhand.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PalmScheduleTest {

    private static final double FRAME_MS = 50; // a 20 fps camera

    /** Frame indexes, out of {@code frames} at 20 fps, on which palm detection runs with this many hands tracked. */
    private static List<Integer> runs(PalmSchedule schedule, int frames, int tracked, int maxHands) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < frames; i++) {
            if (schedule.runAt(i * FRAME_MS, tracked, maxHands)) {
                out.add(i);
            }
        }
        return out;
    }

    @Test
    void withOneOfTwoHandsTrackedPalmDetectionRunsOncePerInterval() {
        assertEquals(List.of(0, 4, 8, 12, 16), runs(new PalmSchedule(200), 20, 1, 2));
    }

    @Test
    void anIntervalThatIsNotAWholeNumberOfFramesRunsOnTheFirstFrameOfEachWindow() {
        // Windows start at 0, 210, 420, 630 and 840 ms; frames are 50 ms apart.
        assertEquals(List.of(0, 5, 9, 13, 17), runs(new PalmSchedule(210), 20, 1, 2));
    }

    @Test
    void withNoHandTrackedPalmDetectionRunsOnEveryFrame() {
        assertEquals(20, runs(new PalmSchedule(200), 20, 0, 2).size());
    }

    @Test
    void withAsManyHandsAsWantedPalmDetectionNeverRuns() {
        assertEquals(List.of(), runs(new PalmSchedule(200), 20, 2, 2));
        assertEquals(List.of(), runs(new PalmSchedule(0), 20, 1, 1));
    }

    @Test
    void anIntervalOfZeroIsMediaPipesRuleOfEveryFrame() {
        assertEquals(20, runs(new PalmSchedule(0), 20, 1, 2).size());
    }

    @Test
    void aHandLostBetweenBudgetedRunsIsSearchedForOnTheVeryNextFrame() {
        PalmSchedule s = new PalmSchedule(200);
        assertTrue(s.runAt(0, 1, 2));
        assertFalse(s.runAt(50, 1, 2));
        assertTrue(s.runAt(100, 0, 2), "no hand left: search at once");
        assertFalse(s.runAt(150, 1, 2), "found again at 100 ms: this window has had its search");
        assertTrue(s.runAt(300, 1, 2));
    }

    @Test
    void aSecondHandLostWhileTwoWereTrackedIsSearchedForAtOnce() {
        PalmSchedule s = new PalmSchedule(200);
        assertTrue(s.runAt(0, 0, 2));
        assertFalse(s.runAt(50, 2, 2));
        assertFalse(s.runAt(100, 2, 2));
        assertTrue(s.runAt(250, 1, 2), "a window later than the last palm detection's");
    }

    @Test
    void aSearchForALostHandDoesNotMoveTheWindows() {
        PalmSchedule s = new PalmSchedule(200);
        assertTrue(s.runAt(0, 1, 2));
        assertTrue(s.runAt(150, 0, 2), "no hand left: search at once");
        assertTrue(s.runAt(200, 1, 2), "the next window starts at 200 ms, whatever ran at 150");
        assertFalse(s.runAt(350, 1, 2));
    }

    @Test
    void theFramesPickedWhileAHandIsTrackedAreTheFirstFrameOfEachWindowKnownAhead() {
        // What PalmsAhead relies on: from the timestamps alone, another thread knows these frames in advance.
        double[] times = {0, 33, 67, 100, 133, 167, 200, 233, 267, 300, 333, 367, 400, 433};
        PalmSchedule s = new PalmSchedule(200);
        for (int i = 0; i < times.length; i++) {
            double previous = i == 0 ? Double.NEGATIVE_INFINITY : times[i - 1];
            assertEquals(PalmSchedule.laterWindow(previous, times[i], 200), s.runAt(times[i], 1, 2), "frame " + i);
        }
    }

    @Test
    void theScheduleFollowsFrameTimeSoAVideoReplayedAtAnySpeedSchedulesAlike() {
        // Frames 10 ms apart (a fast replay) still run palm detection every 200 ms of frame time.
        PalmSchedule s = new PalmSchedule(200);
        int ran = 0;
        for (int i = 0; i <= 100; i++) {
            if (s.runAt(i * 10.0, 1, 2)) {
                ran++;
            }
        }
        assertEquals(6, ran, "at 0, 200, 400, 600, 800, 1000 ms");
    }

    @Test
    void poseOptionsRefuseANegativeInterval() {
        assertThrows(IllegalArgumentException.class, () -> PoseOptions.DEFAULTS.withPalmIntervalMs(-1));
        assertThrows(IllegalArgumentException.class, () -> PoseOptions.DEFAULTS.withPalmIntervalMs(Double.NaN));
    }

    @Test
    void whileOnlyTheOtherHandIsTrackedTheWantedOneIsLookedForOncePerInterval() {
        PalmSchedule schedule = new PalmSchedule(200);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            if (schedule.runAt(i * FRAME_MS, 0, 1, 1)) {
                out.add(i);
            }
        }
        assertEquals(List.of(0, 4, 8, 12, 16), out);
    }

    @Test
    void withTheWantedHandTrackedTheOtherHandIsNeverLookedFor() {
        PalmSchedule schedule = new PalmSchedule(200);
        for (int i = 0; i < 20; i++) {
            assertFalse(schedule.runAt(i * FRAME_MS, 1, 1, 1), "frame " + i);
        }
    }
}
