package org.mirrorhand.session;

import java.util.Map;
import org.mirrorhand.history.Finger;
import org.mirrorhand.history.FingerValues;

/**
 * Turns the metrics' per-joint "least flexion" into the history's per-finger extension angle: 180° minus the finger's
 * summed extension deficits over its TAM joints (MCP, PIP, DIP; thumb MCP and IP), so a straight finger reads 180 and
 * hyperextension counts as no deficit, as in the ASSH's TAM. Pure.
 */
final class ExtensionAngles {
    private ExtensionAngles() {
    }

    /**
     * @param leastFlexion per finger label ("index") and joint ("pip"), the least flexion in degrees; may be null or
     *                     miss entries
     * @return per finger the extension angle, NaN where a TAM joint was never measured
     */
    static FingerValues of(Map<String, Map<String, Double>> leastFlexion) {
        double[] v = new double[5];
        for (Finger f : Finger.values()) {
            v[f.ordinal()] = angle(leastFlexion == null ? null : leastFlexion.get(f.word()), f);
        }
        return new FingerValues(v[0], v[1], v[2], v[3], v[4]);
    }

    static double angle(Map<String, Double> joints, Finger f) {
        if (joints == null) {
            return Double.NaN;
        }
        String[] tam = f == Finger.THUMB ? new String[] {"mcp", "ip"} : new String[] {"mcp", "pip", "dip"};
        double deficit = 0;
        for (String j : tam) {
            Double flex = joints.get(j);
            if (flex == null || flex.isNaN()) {
                return Double.NaN;
            }
            deficit += Math.max(0, flex);
        }
        return 180 - deficit;
    }
}
