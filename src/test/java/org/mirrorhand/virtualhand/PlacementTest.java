package org.mirrorhand.virtualhand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.mirrorhand.mirror.AffectedSide;
import org.mirrorhand.mirror.MirrorMode;
import org.mirrorhand.mirror.MirrorSettings;
import org.mirrorhand.pose.HandPose;

class PlacementTest {

    /** PosedHand draws its world landmarks into the picture at 2 picture-widths per metre, the wrist at (0.5, 0.6). */
    private static final HandPose HAND = PosedHand.open().turned(0, 30, 10).pose();

    @Test
    void theVirtualWristIsTheWorkingWristsMirrorImageAboutTheSeam() {
        Placement p = new Placement();
        MirrorSettings s = new MirrorSettings(MirrorMode.VIRTUAL_HAND, AffectedSide.LEFT, 0.6, true);
        p.update(HAND, s, 500, 400, 0);
        // On screen the working wrist is at 1 - 0.5 = 0.5 (the camera faces the person); its mirror image about 0.6 is 0.7.
        assertEquals(0.7 * 500, p.wristX(), 1e-9);
        assertEquals(0.6 * 400, p.wristY(), 1e-9);
        assertEquals(-1, p.xSign(), "a flipped picture turns the skeleton's x around");
    }

    @Test
    void theVirtualHandIsAsLargeAsTheWorkingHandInThePictureHoweverItIsTurned() {
        Placement p = new Placement();
        p.update(HAND, new MirrorSettings(MirrorMode.VIRTUAL_HAND, AffectedSide.RIGHT, 0.5, false), 500, 500, 0);
        assertEquals(1000, p.pixelsPerMetre(), 1e-6, "2 picture widths of 500 pixels per metre");
        assertEquals(1, p.xSign());
    }
}
