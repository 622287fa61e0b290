package org.mirrorhand.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SeamFollowerTest {

    private static final double FRAME_MS = 33;

    @Test
    void theSeamStandsJustBeyondTheHandOnTheAffectedSide() {
        SeamFollower left = new SeamFollower(AffectedSide.LEFT);
        double seam = left.follow(0, 0.30, 0.55);
        assertEquals(0.30 - SeamFollower.MARGIN, seam, 1e-9);
        SeamFollower right = new SeamFollower(AffectedSide.RIGHT);
        assertEquals(0.70 + SeamFollower.MARGIN, right.follow(0, 0.45, 0.70), 1e-9);
    }

    @Test
    void theSeamIsNeverInsideTheHandAsItWandersAndJumps() {
        Random r = new Random(12);
        for (AffectedSide side : AffectedSide.values()) {
            SeamFollower f = new SeamFollower(side);
            // The working hand stays on its own side of the middle, wandering and now and then jumping.
            double cx = side == AffectedSide.LEFT ? 0.65 : 0.35;
            for (int i = 0; i < 3000; i++) {
                cx += r.nextGaussian() * 0.01 + (r.nextInt(100) == 0 ? r.nextGaussian() * 0.15 : 0);
                cx = side == AffectedSide.LEFT ? Math.max(0.35, Math.min(0.8, cx)) : Math.max(0.2, Math.min(0.65, cx));
                SyntheticLandmarks hand = new SyntheticLandmarks(cx, 0.5, 0.3, r, 0.004);
                double seam = f.follow(i * FRAME_MS, hand.minX(), hand.maxX());
                String where = side + " frame " + i + ": seam " + seam + ", hand " + hand.minX() + ".." + hand.maxX();
                assertTrue(seam < hand.minX() || seam > hand.maxX(), where);
                assertTrue(side == AffectedSide.LEFT ? seam < hand.minX() : seam > hand.maxX(), "on the affected side: " + where);
            }
        }
    }

    @Test
    void aHandThatTremblesSlightlyLeavesTheSeamStill() {
        Random r = new Random(3);
        SeamFollower f = new SeamFollower(AffectedSide.LEFT);
        double first = f.follow(0, 0.40, 0.65);
        for (int i = 1; i < 300; i++) {
            double shake = r.nextGaussian() * 0.006;
            assertEquals(first, f.follow(i * FRAME_MS, 0.40 + shake, 0.65 + shake), 0.0,
                    "the seam moved for a tremble at frame " + i);
        }
    }

    @Test
    void theSeamGlidesAfterAHandThatMovesAwayNoFasterThanItsSpeedLimit() {
        SeamFollower f = new SeamFollower(AffectedSide.LEFT);
        double before = f.follow(0, 0.30, 0.55);
        double last = before;
        double wanted = 0.45 - SeamFollower.MARGIN;
        for (int i = 1; i < 200; i++) {
            double seam = f.follow(i * FRAME_MS, 0.45, 0.70);
            assertTrue(seam - last <= SeamFollower.MAX_SPEED * FRAME_MS / 1000 + 1e-12,
                    "step " + (seam - last) + " at frame " + i);
            assertTrue(seam >= last, "it moves one way only");
            last = seam;
        }
        assertEquals(wanted, last, 1e-9, "it arrives");
    }

    @Test
    void aHandReachingTowardTheSeamPushesItAwayAtOnce() {
        SeamFollower f = new SeamFollower(AffectedSide.RIGHT);
        f.follow(0, 0.30, 0.55);
        double seam = f.follow(FRAME_MS, 0.40, 0.70);
        assertTrue(seam >= 0.70 + SeamFollower.MIN_GAP - 1e-12, "seam " + seam);
    }

    @Test
    void theSeamNeverLeavesPartOfTheScreenBlack() {
        SeamFollower left = new SeamFollower(AffectedSide.LEFT);
        assertEquals(0.5, left.follow(0, 0.80, 0.95), 1e-9, "an affected left side may be no wider than half");
        SeamFollower right = new SeamFollower(AffectedSide.RIGHT);
        assertEquals(0.5, right.follow(0, 0.05, 0.20), 1e-9);
        assertEquals(0.5, SeamFollower.clamp(0.8, AffectedSide.LEFT), 1e-9, "a seam carried over from the right");
        assertEquals(MirrorSettings.MIN_SEAM, SeamFollower.clamp(0.0, AffectedSide.LEFT), 1e-9);
        assertEquals(0.5, SeamFollower.clamp(0.2, AffectedSide.RIGHT), 1e-9);
    }

    @Test
    void aMirrorBoxSeamWithinTheClampShowsNoBlackColumn() {
        for (AffectedSide side : AffectedSide.values()) {
            for (double seam = 0; seam <= 1.0; seam += 0.05) {
                MirrorSettings s = new MirrorSettings(MirrorMode.MIRROR_BOX, side, SeamFollower.clamp(seam, side), true);
                int[] map = ColumnMap.forMode(640, s);
                for (int x = 0; x < map.length; x++) {
                    assertTrue(map[x] >= 0, side + " seam " + seam + " leaves column " + x + " black");
                }
            }
        }
    }
}
