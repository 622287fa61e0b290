package org.mirrorhand.virtualhand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mirrorhand.mirror.AffectedSide;
import org.mirrorhand.mirror.MirrorMode;
import org.mirrorhand.mirror.MirrorSettings;
import org.mirrorhand.pose.Landmark;

class SkinSampleTest {

    private static final int W = 100;
    private static final int H = 50;
    private static final MirrorSettings LEFT_AFFECTED = new MirrorSettings(MirrorMode.VIRTUAL_HAND, AffectedSide.LEFT,
            0.5, false);

    /** A left half dimmed to near black and a right half of one skin colour. */
    private static int[] picture(int skin) {
        int[] argb = new int[W * H];
        for (int y = 0; y < H; y++) {
            Arrays.fill(argb, y * W, y * W + W / 2, 0xFF101010);
            Arrays.fill(argb, y * W + W / 2, y * W + W, 0xFF000000 | skin);
        }
        return argb;
    }

    private static List<Landmark> handAt(double x, double y) {
        List<Landmark> out = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            out.add(new Landmark(x, y, 0));
        }
        return out;
    }

    @Test
    void thePalmsColourIsReadOnTheWorkingSideAndBrightenedALittle() {
        SkinSample s = new SkinSample();
        s.sample(handAt(0.75, 0.5), picture(0xA07050), W, H, LEFT_AFFECTED);
        assertTrue(s.known());
        assertEquals(0xB8815C, s.rgb(), Integer.toHexString(s.rgb()));
    }

    @Test
    void aHandOverTheDimmedAffectedSideIsNeverSampled() {
        SkinSample s = new SkinSample();
        s.sample(handAt(0.25, 0.5), picture(0xA07050), W, H, LEFT_AFFECTED);
        assertFalse(s.known(), "the dimmed side would make the virtual hand too dark");
    }
}
