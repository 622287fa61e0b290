package org.mirrorhand.session;

import java.util.List;
import org.mirrorhand.history.Finger;
import org.mirrorhand.history.FingerValues;
import org.mirrorhand.history.RepRecord;
import org.mirrorhand.history.RomMeasurement;
import org.mirrorhand.history.Side;
import org.mirrorhand.metrics.FingerRom;
import org.mirrorhand.metrics.HandSummary;
import org.mirrorhand.metrics.RangeOfMotion;

/**
 * One hand's range of motion for the history, from the metrics' session summary. The ± on each finger is the spread
 * (standard deviation) of that finger's peak extension from rep to rep when there are three reps or more, and never
 * less than {@link SessionRecorder#NOMINAL_ANGLE_UNCERTAINTY_DEG}, a floor for MediaPipe's joint-angle noise. Pure.
 */
public final class RomFromMetrics {
    private static final int MIN_REPS_FOR_SPREAD = 3;

    private RomFromMetrics() {
    }

    /** One hand of a "Measure my hand" assessment, where no reps are stored, so the ± is the nominal one. */
    public static RomMeasurement measured(Side side, HandSummary hand) {
        return of(side, hand, List.of());
    }

    static RomMeasurement of(Side side, HandSummary hand, List<RepRecord> sideReps) {
        RangeOfMotion rom = hand.rom();
        double[] ext = new double[5];
        double[] tam = new double[5];
        double[] unc = new double[5];
        for (Finger f : Finger.values()) {
            FingerRom fr = rom.fingers() == null ? null : rom.fingers().get(f.word());
            ext[f.ordinal()] = fr == null ? Double.NaN : ExtensionAngles.angle(fr.bestExtensionDegrees(), f);
            tam[f.ordinal()] = fr == null || fr.tamDegrees() == null ? Double.NaN : fr.tamDegrees();
            unc[f.ordinal()] = Math.max(SessionRecorder.NOMINAL_ANGLE_UNCERTAINTY_DEG, spread(sideReps, f));
        }
        double opening = rom.fistFlexionDegrees() == null || rom.openFlexionDegrees() == null ? Double.NaN
                : rom.fistFlexionDegrees() - rom.openFlexionDegrees();
        // The opening range rests on the mean of four fingers, so it inherits about the per-finger angle noise.
        double openingUnc = SessionRecorder.NOMINAL_ANGLE_UNCERTAINTY_DEG;
        return new RomMeasurement(side, opening, openingUnc, values(ext), values(tam), values(unc));
    }

    static double spread(List<RepRecord> reps, Finger f) {
        double sum = 0;
        double sq = 0;
        int n = 0;
        for (RepRecord r : reps) {
            double v = r.peakExtensionDeg().get(f);
            if (!Double.isNaN(v)) {
                sum += v;
                sq += v * v;
                n++;
            }
        }
        if (n < MIN_REPS_FOR_SPREAD) {
            return 0;
        }
        double mean = sum / n;
        return Math.sqrt(Math.max(0, (sq - n * mean * mean) / (n - 1)));
    }

    private static FingerValues values(double[] v) {
        return new FingerValues(v[0], v[1], v[2], v[3], v[4]);
    }
}
