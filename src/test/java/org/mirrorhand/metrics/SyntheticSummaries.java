package org.mirrorhand.metrics;

/** Analysed hands made from synthetic poses, for tests outside this package (saving and showing measurements). */
public final class SyntheticSummaries {

    private SyntheticSummaries() {
    }

    /** One hand's pose part-way between a fist (0) and fully open (1), its wrist near {@code x} in the picture. */
    public static org.mirrorhand.pose.HandPose pose(double opening, String label, double x) {
        return SyntheticHand.opening(opening).label(label).at(x, 0.55).pose();
    }

    /** One hand, alone in the picture, closing to a fist and opening to {@code fraction} of full three times. */
    public static HandSummary openingTo(double fraction, String label) {
        var frames = Motion.startingAt(0).hold(1).cycles(3, 0.8, 0.6).frames(30,
                o -> SyntheticHand.opening(o * fraction).label(label), s -> false);
        return Motion.analyse(frames).hands().get(0);
    }
}
