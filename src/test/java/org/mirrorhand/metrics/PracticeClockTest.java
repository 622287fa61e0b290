package org.mirrorhand.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PracticeClockTest {

    private static final double FRAME_MS = 50;

    /** Feeds frames every 50 ms from {@code fromMs} (inclusive) to {@code toMs} (exclusive). */
    private static double feed(PracticeClock c, double fromMs, double toMs, boolean hand) {
        double t = fromMs;
        for (; t < toMs; t += FRAME_MS) {
            c.accept(t, hand);
        }
        return t;
    }

    @Test
    void countsTheTimeTheHandIsInView() {
        PracticeClock c = new PracticeClock();
        feed(c, 0, 10_050, true);
        assertEquals(10_000, c.practisedMs());
        assertFalse(c.paused());
    }

    @Test
    void pausesWhenNoHandHasBeenSeenForThreeSecondsOfFrameTime() {
        PracticeClock c = new PracticeClock();
        feed(c, 0, 5_050, true);
        feed(c, 5_050, 5_050 + 2_950, false);
        assertFalse(c.paused(), "2.95 s without a hand is not yet a pause");
        c.accept(8_000, false);
        assertTrue(c.paused());
    }

    @Test
    void timeStandsStillWhileThePauseLastsAndGoesOnWhenTheHandReturns() {
        PracticeClock c = new PracticeClock();
        feed(c, 0, 5_050, true);
        feed(c, 5_050, 60_000, false);
        assertTrue(c.paused());
        assertEquals(5_000, c.practisedMs(), "the 3 s before the pause and the pause itself are not practice");
        feed(c, 60_000, 62_050, true);
        assertFalse(c.paused());
        assertEquals(7_000, c.practisedMs());
    }

    @Test
    void aHandLostForUnderASecondDuringAFistStillCountsAsPractice() {
        PracticeClock c = new PracticeClock();
        feed(c, 0, 2_000, true);
        feed(c, 2_000, 2_800, false);
        assertEquals(1_950, c.practisedMs(), "the gap is held back while the hand is away");
        feed(c, 2_800, 4_050, true);
        assertEquals(4_000, c.practisedMs());
        assertFalse(c.paused());
    }

    @Test
    void aStalledCameraDoesNotCountItsGapAsPractice() {
        PracticeClock c = new PracticeClock();
        c.accept(0, true);
        c.accept(1_000, true);
        c.accept(31_000, true);
        assertEquals(1_000 + PracticeClock.MAX_STEP_MS, c.practisedMs());
    }

    @Test
    void aSessionThatNeverSeesAHandPausesAndCountsNothing() {
        PracticeClock c = new PracticeClock();
        feed(c, 0, 10_000, false);
        assertTrue(c.paused());
        assertEquals(0, c.practisedMs());
    }
}
