package org.mirrorhand.metrics;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Collects one hand's best joint angles and spreads over a session; one per tracked hand, feeding thread only. */
final class RomAccumulator {

    private final Map<Joint, Double> leastFlexion = new EnumMap<>(Joint.class);
    private final Map<Joint, Double> mostFlexion = new EnumMap<>(Joint.class);
    private final Map<FingerPair, Double> widestSpread = new EnumMap<>(FingerPair.class);
    private int framesSeen;
    private int framesPassed;

    void add(HandMeasurement m) {
        framesSeen++;
        if (m.passed()) {
            framesPassed++;
        }
        for (Joint j : Joint.values()) {
            Measurement f = m.flexion(j);
            if (f.isMeasured()) {
                leastFlexion.merge(j, f.degrees(), Math::min);
                mostFlexion.merge(j, f.degrees(), Math::max);
            }
        }
        m.spread().forEach((pair, s) -> {
            if (s.isMeasured()) {
                widestSpread.merge(pair, s.degrees(), Math::max);
            }
        });
    }

    int framesSeen() {
        return framesSeen;
    }

    RangeOfMotion summary(ExtensionRepCounter counter) {
        Map<String, FingerRom> fingers = new LinkedHashMap<>();
        for (Finger f : Finger.values()) {
            Map<String, Double> ext = new LinkedHashMap<>();
            Map<String, Double> flex = new LinkedHashMap<>();
            for (Joint j : Joint.of(f)) {
                ext.put(j.shortName(), leastFlexion.get(j));
                flex.put(j.shortName(), mostFlexion.get(j));
            }
            fingers.put(f.label(), new FingerRom(ext, flex, tam(f)));
        }
        Map<String, Double> spreads = new LinkedHashMap<>();
        for (FingerPair p : FingerPair.values()) {
            spreads.put(p.label(), widestSpread.get(p));
        }
        Double fist = counter.range().map(OpeningRange::closedFlexionDegrees).orElse(null);
        Double open = counter.range().map(OpeningRange::openFlexionDegrees).orElse(null);
        double share = framesSeen == 0 ? 0 : (double) framesPassed / framesSeen;
        return new RangeOfMotion(framesSeen, framesPassed, share, counter.calibrated(), fist, open, fingers, spreads);
    }

    private Double tam(Finger f) {
        double flexion = 0;
        double deficit = 0;
        for (Joint j : Joint.tamJoints(f)) {
            Double most = mostFlexion.get(j);
            Double least = leastFlexion.get(j);
            if (most == null || least == null) {
                return null;
            }
            flexion += most;
            deficit += Math.max(0, least);
        }
        return flexion - deficit;
    }
}
