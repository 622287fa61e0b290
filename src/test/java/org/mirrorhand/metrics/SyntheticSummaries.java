package org.mirrorhand.metrics;

/** Analysed hands made from synthetic poses, for tests outside this package (saving and showing measurements). */
public final class SyntheticSummaries {

    private SyntheticSummaries() {
    }

    /** One hand, alone in the picture, closing to a fist and opening to {@code fraction} of full three times. */
    public static HandSummary openingTo(double fraction, String label) {
        var frames = Motion.startingAt(0).hold(1).cycles(3, 0.8, 0.6).frames(30,
                o -> SyntheticHand.opening(o * fraction).label(label), s -> false);
        return Motion.analyse(frames).hands().get(0);
    }
}
