package org.mirrorhand.history;

/** One survivor on this computer. */
public record Profile(long id, String name, Side affectedSide, DoseTarget doseTarget) {
}
