package org.mirrorhand.live;

import java.util.List;
import java.util.Optional;
import org.mirrorhand.mirror.AffectedSide;
import org.mirrorhand.mirror.HandMask;
import org.mirrorhand.mirror.MirrorSettings;
import org.mirrorhand.pose.HandLabel;
import org.mirrorhand.pose.HandPose;
import org.mirrorhand.pose.Landmark;

/**
 * Picks the working (unaffected) hand among the hands found: the one MediaPipe names as the working hand, the same rule
 * the stored count uses; failing that, the one whose wrist is on the working side of the mirror. Pure; any thread.
 */
public final class WorkingHand {

    private WorkingHand() {
    }

    /**
     * Which of the person's hands this is. The app's pictures are the camera's own (not mirrored), and MediaPipe names
     * hands as if they were mirrored, so its "Left" is the person's right hand.
     */
    public static AffectedSide sideOf(HandPose h) {
        return "Left".equalsIgnoreCase(h.handedness()) ? AffectedSide.RIGHT : AffectedSide.LEFT;
    }

    /** MediaPipe's label for this hand of the person: the inverse of {@link #sideOf}. */
    public static HandLabel labelOf(AffectedSide side) {
        return side == AffectedSide.RIGHT ? HandLabel.LEFT : HandLabel.RIGHT;
    }

    public static Optional<HandPose> of(List<HandPose> hands, MirrorSettings s) {
        AffectedSide working = s.affectedSide().other();
        for (HandPose h : hands) {
            if (sideOf(h) == working) {
                return Optional.of(h);
            }
        }
        for (HandPose h : hands) {
            if (onWorkingSide(h, s)) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    /** True when the hand's wrist is on the side of the mirror that is shown. */
    public static boolean onWorkingSide(HandPose h, MirrorSettings s) {
        double screen = screenX(h.landmarks().get(0).x(), s);
        return s.affectedSide() == AffectedSide.LEFT ? screen >= s.seam() : screen < s.seam();
    }

    /** The hand's leftmost and rightmost landmarks on the screen (0..1, in the mirror view), as {min, max}. */
    public static double[] screenSpan(HandPose h, MirrorSettings s) {
        double min = 1;
        double max = 0;
        for (Landmark l : h.landmarks()) {
            double x = screenX(l.x(), s);
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        return new double[] {min, max};
    }

    private static double screenX(double cameraX, MirrorSettings s) {
        return s.cameraFacesUser() ? 1 - cameraX : cameraX;
    }

    /** The mask of the working hand's reflection on a screen of the given size, when the working hand is seen. */
    static Optional<HandMask> reflectedMask(List<HandPose> hands, MirrorSettings s, int width, int height) {
        return of(hands, s).map(h -> {
            List<Landmark> lm = h.landmarks();
            double[] xs = new double[lm.size()];
            double[] ys = new double[lm.size()];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = lm.get(i).x();
                ys[i] = lm.get(i).y();
            }
            return HandMask.reflected(xs, ys, s, width, height);
        });
    }
}
