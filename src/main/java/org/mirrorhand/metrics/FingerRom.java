package org.mirrorhand.metrics;

import java.util.Map;

/**
 * One finger's range of motion over a session, from frames that passed the quality flag.
 *
 * @param bestExtensionDegrees per joint ("mcp", "pip", ...), the least flexion seen (negative = hyperextension);
 *                             null when never measured
 * @param bestFlexionDegrees   per joint, the most flexion seen; null when never measured
 * @param tamDegrees           total active motion as the ASSH defines it: sum of best flexion minus sum of
 *                             extension deficits (hyperextension counts as no deficit) over MCP, PIP and DIP (thumb:
 *                             MCP and IP); null unless all of those joints were measured
 */
public record FingerRom(Map<String, Double> bestExtensionDegrees, Map<String, Double> bestFlexionDegrees,
                        Double tamDegrees) {
}
