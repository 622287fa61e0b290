package org.mirrorhand.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.mirrorhand.pose.HandPose;
import org.mirrorhand.pose.Landmark;

/** Adds seeded Gaussian jitter to world landmarks, to test that results do not hinge on exact numbers. */
final class Jitter {

    private Jitter() {
    }

    static List<TimedHands> world(List<TimedHands> frames, double sigmaMetres, long seed) {
        Random random = new Random(seed);
        List<TimedHands> out = new ArrayList<>();
        for (TimedHands f : frames) {
            List<HandPose> hands = new ArrayList<>();
            for (HandPose h : f.hands()) {
                List<Landmark> w = new ArrayList<>();
                for (Landmark l : h.worldLandmarks()) {
                    w.add(new Landmark(l.x() + random.nextGaussian() * sigmaMetres,
                            l.y() + random.nextGaussian() * sigmaMetres, l.z() + random.nextGaussian() * sigmaMetres));
                }
                hands.add(new HandPose(h.handedness(), h.handednessScore(), h.presence(), h.landmarks(), w));
            }
            out.add(new TimedHands(f.timestampMs(), hands));
        }
        return out;
    }
}
