package org.mirrorhand.session;

import java.util.OptionalDouble;
import org.mirrorhand.history.FingerValues;
import org.mirrorhand.history.RepRecord;

/**
 * The widest a hand opened over a session's reps, for the stop screen: per rep, the four long fingers' straightest
 * extension (180° = straight) averaged, and the best of those. Fed on the inference thread, read on the JavaFX thread.
 */
final class WidestOpening {

    private static final double STRAIGHT_DEG = 180;
    private double best = Double.NaN;

    synchronized void accept(RepRecord rep) {
        FingerValues e = rep.peakExtensionDeg();
        double mean = (e.index() + e.middle() + e.ring() + e.little()) / 4;
        if (!Double.isNaN(mean) && (Double.isNaN(best) || mean > best)) {
            best = mean;
        }
    }

    /** Degrees short of straight at the widest opening (never below 0); empty before a measured rep. */
    synchronized OptionalDouble shortOfStraight() {
        return Double.isNaN(best) ? OptionalDouble.empty() : OptionalDouble.of(Math.max(0, STRAIGHT_DEG - best));
    }
}
