package org.mirrorhand.ui.live;

import java.util.List;
import java.util.Optional;
import org.mirrorhand.mirror.AffectedSide;
import org.mirrorhand.mirror.HandMask;
import org.mirrorhand.mirror.MirrorSettings;
import org.mirrorhand.pose.HandPose;
import org.mirrorhand.pose.Landmark;

/**
 * Picks the working (unaffected) hand among the hands found: the one whose wrist is on the working side of the mirror.
 * Pure; any thread.
 */
final class WorkingHand {

    private WorkingHand() {
    }

    static Optional<HandPose> of(List<HandPose> hands, MirrorSettings s) {
        for (HandPose h : hands) {
            double x = h.landmarks().get(0).x();
            double screen = s.cameraFacesUser() ? 1 - x : x;
            boolean working = s.affectedSide() == AffectedSide.LEFT ? screen >= s.seam() : screen < s.seam();
            if (working) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
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
