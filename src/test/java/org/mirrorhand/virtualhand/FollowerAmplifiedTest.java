package org.mirrorhand.virtualhand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mirrorhand.mirror.AffectedSide;
import org.mirrorhand.mirror.MirrorMode;
import org.mirrorhand.mirror.MirrorSettings;
import org.mirrorhand.pose.HandPose;

class FollowerAmplifiedTest {

    private static final double FRAME_MS = 1000.0 / 30;
    /** MediaPipe's "Left" is the person's right hand: here the affected one. */
    private static final MirrorSettings RIGHT_AFFECTED =
            new MirrorSettings(MirrorMode.VIRTUAL_HAND, AffectedSide.RIGHT, 0.5, true);

    private static HandPose labelled(String handedness, double[] p) {
        HandPose h = PosedHand.poseOf(p, 0.99);
        return new HandPose(handedness, h.handednessScore(), h.presence(), h.landmarks(), h.worldLandmarks());
    }

    /** Feeds {@code frames} frames of the given hands from {@code t}; returns the time after. */
    private static double feed(Follower f, List<HandPose> hands, double t, int frames) {
        for (int i = 0; i < frames; i++, t += FRAME_MS) {
            f.follow(hands, t, RIGHT_AFFECTED, 640, 480);
        }
        return t;
    }

    @Test
    void amplifiedFeedbackDrawsTheAffectedHandItselfWhereItIsAndMadeBigger() {
        Follower f = new Follower();
        f.setAmplification(4);
        HandPose fist = labelled("Left", PosedHand.bent(70, 90, 60).packed());
        HandPose littleOpening = labelled("Left", PosedHand.bent(60, 80, 50).packed());
        double t = feed(f, List.of(fist), 0, 60);
        feed(f, List.of(littleOpening), t, 90);
        assertFalse(f.fellBack(), "the affected hand was in view");
        assertNotSame(f.hand(), f.drawn(), "the affected hand's own virtual hand is drawn");
        // The wrist is drawn over the affected hand's own wrist (the picture flipped), not at its mirror image.
        assertEquals((1 - littleOpening.landmarks().get(0).x()) * 640, f.placement().wristX(), 2);
        double[] shown = PosedHand.jointAngles(f.drawn().skeleton());
        double[] expected = PosedHand.jointAngles(PosedHand.bent(30, 50, 20).packed());
        for (int i = 0; i < 14; i++) {
            assertEquals(expected[i], shown[i], 3, "joint " + i + " shows four times the real opening");
        }
    }

    @Test
    void withTheAffectedHandOutOfViewItMirrorsTheWorkingHandAndSaysItFellBack() {
        Follower f = new Follower();
        f.setAmplification(3);
        HandPose working = labelled("Right", PosedHand.bent(20, 30, 10).packed());
        feed(f, List.of(working), 0, 60);
        assertTrue(f.fellBack(), "the affected hand was never seen");
        assertSame(f.hand(), f.drawn(), "the working hand's mirror is drawn");
        assertEquals((2 * 0.5 - (1 - working.landmarks().get(0).x())) * 640, f.placement().wristX(), 2);
    }

    @Test
    void withAmplificationOffTheAffectedHandDoesNotDriveTheVirtualHand() {
        Follower f = new Follower();
        HandPose affected = labelled("Left", PosedHand.bent(20, 30, 10).packed());
        double t = feed(f, List.of(affected), 0, 60);
        assertEquals(Follower.State.HIDDEN, f.follow(List.of(affected), t, RIGHT_AFFECTED, 640, 480));
        assertFalse(f.fellBack());
        assertSame(f.hand(), f.drawn());
    }
}
