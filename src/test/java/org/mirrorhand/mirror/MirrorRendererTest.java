package org.mirrorhand.mirror;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mirrorhand.capture.ArgbImage;
import org.mirrorhand.capture.RgbImage;

class MirrorRendererTest {

    private static final int W = 200;
    private static final int H = 4;

    /** Each camera column gets a colour that names it: R = column / 256, G = column % 256, B = 77 (never black). */
    private static RgbImage columnCoded() {
        byte[] px = new byte[W * H * 3];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int i = (y * W + x) * 3;
                px[i] = (byte) (x / 256);
                px[i + 1] = (byte) (x % 256);
                px[i + 2] = 77;
            }
        }
        return new RgbImage(W, H, px);
    }

    /** The camera column shown at each screen column of row 0, or -1 for black. */
    private static int[] shownColumns(RgbImage out) {
        int[] cols = new int[out.width()];
        for (int x = 0; x < out.width(); x++) {
            byte[] p = out.pixels();
            int i = x * 3;
            cols[x] = (p[i + 2] & 0xFF) == 77 ? (p[i] & 0xFF) * 256 + (p[i + 1] & 0xFF) : -1;
        }
        return cols;
    }

    @Test
    void fullFlipOfAFacingCameraShowsTheCameraPictureUnflipped() {
        MirrorSettings s = new MirrorSettings(MirrorMode.FULL_FLIP, AffectedSide.LEFT, 0.5, true);
        int[] cols = shownColumns(new MirrorRenderer().render(columnCoded(), s, null));
        for (int x = 0; x < W; x++) {
            assertEquals(x, cols[x]);
        }
    }

    @Test
    void fullFlipOfADeskCameraFlipsEveryColumn() {
        MirrorSettings s = new MirrorSettings(MirrorMode.FULL_FLIP, AffectedSide.RIGHT, 0.5, false);
        int[] cols = shownColumns(new MirrorRenderer().render(columnCoded(), s, null));
        for (int x = 0; x < W; x++) {
            assertEquals(W - 1 - x, cols[x]);
        }
    }

    @Test
    void mirrorBoxForAnAffectedLeftHandShowsOnlyTheRightHandsHalfAndItsReflection() {
        // Facing camera: the user's right hand is in the camera's left half (columns 0..99).
        MirrorSettings s = new MirrorSettings(MirrorMode.MIRROR_BOX, AffectedSide.LEFT, 0.5, true);
        int[] cols = shownColumns(new MirrorRenderer().render(columnCoded(), s, null));
        for (int x = 0; x < W; x++) {
            assertTrue(cols[x] >= 0 && cols[x] < W / 2, "screen column " + x + " shows camera column " + cols[x]);
            assertEquals(cols[x], cols[W - 1 - x], "the two halves are reflections of each other");
        }
        assertEquals(0, cols[W - 1], "the outer edge of the working side stays where it is");
    }

    @Test
    void mirrorBoxForAnAffectedRightHandWithADeskCameraKeepsTheLeftHalf() {
        MirrorSettings s = new MirrorSettings(MirrorMode.MIRROR_BOX, AffectedSide.RIGHT, 0.5, false);
        int[] cols = shownColumns(new MirrorRenderer().render(columnCoded(), s, null));
        for (int x = 0; x < W / 2; x++) {
            assertEquals(x, cols[x]);
            assertEquals(x, cols[W - 1 - x]);
        }
    }

    @Test
    void movingTheSeamNeverRevealsTheAffectedSide() {
        for (double seam = 0.0; seam <= 1.0; seam += 0.05) {
            MirrorSettings s = new MirrorSettings(MirrorMode.MIRROR_BOX, AffectedSide.LEFT, seam, false);
            int seamColumn = (int) Math.round(s.seam() * W);
            int[] cols = shownColumns(new MirrorRenderer().render(columnCoded(), s, null));
            for (int x = 0; x < W; x++) {
                assertTrue(cols[x] == -1 || cols[x] >= seamColumn,
                        "seam " + s.seam() + ": screen column " + x + " shows hidden camera column " + cols[x]);
            }
        }
    }

    @Test
    void seamStopsAtItsLimits() {
        assertEquals(MirrorSettings.MAX_SEAM, MirrorSettings.DEFAULTS.withSeamMovedBy(5).seam(), 1e-9);
        assertEquals(MirrorSettings.MIN_SEAM, MirrorSettings.DEFAULTS.withSeamMovedBy(-5).seam(), 1e-9);
    }

    @Test
    void handOnlyKeepsTheAffectedBackgroundAndDrawsTheReflectedHandInsideItsMask() {
        MirrorSettings s = new MirrorSettings(MirrorMode.HAND_ONLY, AffectedSide.LEFT, 0.5, false);
        // The reflected hand covers screen columns 60..80 on every row, with a 4-pixel margin and a 4-pixel feather.
        HandMask hand = HandMask.around(new double[] {60, 80, 80, 60}, new double[] {-1, -1, H + 1, H + 1}, 4, 4);
        int[] cols = shownColumns(new MirrorRenderer().render(columnCoded(), s, hand));
        assertEquals(10, cols[10], "background of the affected side far from the hand");
        assertEquals(2 * 100 - 1 - 70, cols[70], "inside the mask the working hand is shown");
        assertEquals(2 * 100 - 1 - 57, cols[57], "within the margin too");
        assertEquals(45, cols[45], "beyond margin and feather, the background again");
        assertEquals(150, cols[150], "the working side is itself");
    }

    @Test
    void handOnlyBlendsTheReflectionIntoTheBackgroundAcrossTheFeather() {
        MirrorSettings s = new MirrorSettings(MirrorMode.HAND_ONLY, AffectedSide.LEFT, 0.5, false);
        HandMask hand = HandMask.around(new double[] {60, 80, 80, 60}, new double[] {-1, -1, H + 1, H + 1}, 4, 8);
        RgbImage out = new MirrorRenderer().render(columnCoded(), s, hand);
        // Column 52's centre is 7.5 px outside the hull, 3.5 px into the 8 px feather: alpha 0.5625, so green is that
        // much of the reflection (camera column 147) over the background (camera column 52).
        int green = out.pixels()[52 * 3 + 1] & 0xFF;
        assertEquals(0.5625 * 147 + 0.4375 * 52, green, 1.5);
        assertEquals(77, out.pixels()[52 * 3 + 2] & 0xFF, "blue is 77 in both, so it stays 77");
    }

    @Test
    void argbBufferMatchesTheRgbPicture() {
        MirrorRenderer r = new MirrorRenderer();
        RgbImage rgb = r.render(columnCoded(), MirrorSettings.DEFAULTS, null);
        int[] argb = new int[W * H];
        r.renderArgb(columnCoded(), MirrorSettings.DEFAULTS, null, argb);
        int[] fromRgb = new int[W * H];
        for (int i = 0; i < fromRgb.length; i++) {
            byte[] p = rgb.pixels();
            fromRgb[i] = 0xFF000000 | (p[i * 3] & 0xFF) << 16 | (p[i * 3 + 1] & 0xFF) << 8 | (p[i * 3 + 2] & 0xFF);
        }
        assertArrayEquals(fromRgb, argb);
    }

    /** The ARGB picture a screen-decoded frame holds: column x is 0xFF, R = 11, G = x, B = 200 + row (all channels differ). */
    private static ArgbImage columnCodedArgb() {
        int[] px = new int[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                px[y * W + x] = 0xFF000000 | 11 << 16 | x << 8 | (200 + y);
            }
        }
        return new ArgbImage(W, H, px);
    }

    @Test
    void anArgbPictureFlippedByADeskCameraPutsEachColumnAtItsMirrorWithChannelsInPlace() {
        MirrorSettings s = new MirrorSettings(MirrorMode.FULL_FLIP, AffectedSide.RIGHT, 0.5, false);
        int[] screen = new int[W * H];
        new MirrorRenderer().renderArgb(columnCodedArgb(), s, null, screen);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int want = 0xFF000000 | 11 << 16 | (W - 1 - x) << 8 | (200 + y);
                assertEquals(Integer.toHexString(want), Integer.toHexString(screen[y * W + x]), "row " + y + " column " + x);
            }
        }
    }

    @Test
    void anArgbPictureInTheMirrorBoxCopiesTheKeptHalfStraightAndReflectsIt() {
        MirrorSettings s = new MirrorSettings(MirrorMode.MIRROR_BOX, AffectedSide.RIGHT, 0.5, false);
        int[] screen = new int[W * H];
        new MirrorRenderer().renderArgb(columnCodedArgb(), s, null, screen);
        for (int x = 0; x < W / 2; x++) {
            assertEquals(x, screen[W + x] >> 8 & 0xFF, "kept half, column " + x);
            assertEquals(x, screen[W + W - 1 - x] >> 8 & 0xFF, "reflection, column " + (W - 1 - x));
            assertEquals(201, screen[W + x] & 0xFF, "blue stays blue (row 1)");
            assertEquals(11, screen[W + W - 1 - x] >> 16 & 0xFF, "red stays red");
        }
    }

    @Test
    void theVirtualHandModeShowsThePictureAsAMirrorWithOnlyTheAffectedSideDimmedToAQuarter() {
        ArgbImage argb = columnCodedArgb();
        for (AffectedSide side : AffectedSide.values()) {
            MirrorSettings virtual = new MirrorSettings(MirrorMode.VIRTUAL_HAND, side, 0.5, true);
            int[] plain = new int[W * H];
            int[] dimmed = new int[W * H];
            new MirrorRenderer().renderArgb(argb, virtual.withMode(MirrorMode.NONE), null, plain);
            new MirrorRenderer().renderArgb(argb, virtual, null, dimmed);
            for (int x = 0; x < W; x++) {
                boolean affected = side == AffectedSide.LEFT ? x < W / 2 : x >= W / 2;
                int expected = affected ? 0xFF000000 | (plain[x] >> 2) & 0x3F3F3F : plain[x];
                assertEquals(expected, dimmed[x], side + " side, column " + x);
            }
        }
    }

    @Test
    void theVirtualHandOnAPlainBackgroundShowsOnlyACalmColourOnTheAffectedSide() {
        ArgbImage argb = columnCodedArgb();
        for (AffectedSide side : AffectedSide.values()) {
            MirrorSettings settings = new MirrorSettings(MirrorMode.VIRTUAL_HAND_PLAIN, side, 0.5, true);
            int[] asMirror = new int[W * H];
            int[] shown = new int[W * H];
            new MirrorRenderer().renderArgb(argb, settings.withMode(MirrorMode.NONE), null, asMirror);
            new MirrorRenderer().renderArgb(argb, settings, null, shown);
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    boolean affected = side == AffectedSide.LEFT ? x < W / 2 : x >= W / 2;
                    int expected = affected ? MirrorRenderer.PLAIN_BACKGROUND : asMirror[y * W + x];
                    assertEquals(expected, shown[y * W + x], side + " side, column " + x + ", row " + y);
                }
            }
        }
    }

    @Test
    void bothVirtualHandModesAreOfferedForTherapyAndDrawTheHand() {
        assertTrue(MirrorMode.therapyModes().containsAll(List.of(MirrorMode.VIRTUAL_HAND, MirrorMode.VIRTUAL_HAND_PLAIN)));
        assertTrue(MirrorMode.VIRTUAL_HAND.virtualHand() && MirrorMode.VIRTUAL_HAND_PLAIN.virtualHand());
        assertFalse(MirrorMode.MIRROR_BOX.virtualHand() || MirrorMode.HAND_ONLY.virtualHand());
    }

    @Test
    void everyModeDrawsTheSameScreenFromArgbAsFromRgb() {
        ArgbImage argb = columnCodedArgb();
        RgbImage rgb = argb.toRgb();
        HandMask hand = HandMask.around(new double[] {30, 90, 60}, new double[] {0, 1, 3}, 5, 10);
        for (MirrorMode mode : MirrorMode.values()) {
            for (AffectedSide side : AffectedSide.values()) {
                for (boolean facing : new boolean[] {true, false}) {
                    for (double seam : new double[] {0.3, 0.5, 0.71}) {
                        MirrorSettings s = new MirrorSettings(mode, side, seam, facing);
                        int[] fromRgb = new int[W * H];
                        int[] fromArgb = new int[W * H];
                        new MirrorRenderer().renderArgb(rgb, s, hand, fromRgb);
                        new MirrorRenderer().renderArgb(argb, s, hand, fromArgb);
                        assertArrayEquals(fromRgb, fromArgb, s.toString());
                    }
                }
            }
        }
    }

    @Test
    void aReflectionThatRunsOffThePictureIsFollowedByBlackNotByColumnsBeforeTheFirst() {
        // Seam far to one side: the reflection is wider than what is left of the picture, so the screen shows black
        // beyond camera column 0. Before the fix the run reading backwards went on past column 0.
        MirrorSettings s = new MirrorSettings(MirrorMode.MIRROR_BOX, AffectedSide.RIGHT, 0.3, false);
        int[] cols = shownColumns(new MirrorRenderer().render(columnCoded(), s, null));
        int seam = 60;
        for (int x = 0; x < seam; x++) {
            assertEquals(x, cols[x]);
            assertEquals(x, cols[2 * seam - 1 - x], "reflection at " + (2 * seam - 1 - x));
        }
        for (int x = 2 * seam; x < W; x++) {
            assertEquals(-1, cols[x], "black beyond the reflection at " + x);
        }
    }

    @Test
    void landmarksOnTheHiddenSideAreNotPlacedOnScreen() {
        MirrorSettings s = new MirrorSettings(MirrorMode.MIRROR_BOX, AffectedSide.LEFT, 0.5, false);
        assertEquals(0, ScreenPositions.of(0.2, s).length);
        assertArrayEquals(new double[] {0.8, 0.2}, ScreenPositions.of(0.8, s), 1e-9);
    }
}
