package org.mirrorhand.live;

import java.util.List;
import java.util.Optional;
import org.mirrorhand.mirror.AffectedSide;
import org.mirrorhand.mirror.HandRegion;
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

    static Optional<HandRegion> region(List<HandPose> hands, MirrorSettings s) {
        return of(hands, s).map(h -> {
            double minX = 1;
            double minY = 1;
            double maxX = 0;
            double maxY = 0;
            for (Landmark l : h.landmarks()) {
                minX = Math.min(minX, l.x());
                minY = Math.min(minY, l.y());
                maxX = Math.max(maxX, l.x());
                maxY = Math.max(maxY, l.y());
            }
            return new HandRegion(minX, minY, maxX, maxY);
        });
    }
}
