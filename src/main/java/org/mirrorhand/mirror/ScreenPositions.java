package org.mirrorhand.mirror;

/**
 * Where a point of the camera picture appears on the mirrored screen, so landmarks can be drawn over the right place.
 * A point can appear twice (itself and its reflection) or not at all (on the hidden affected side). Pure; any thread.
 */
public final class ScreenPositions {

    private ScreenPositions() {
    }

    /** Screen x positions (0..1) of a camera x (0..1); empty when the point is hidden. */
    public static double[] of(double cameraX, MirrorSettings s) {
        double base = s.cameraFacesUser() ? 1 - cameraX : cameraX;
        if (s.mode() == MirrorMode.NONE) {
            return new double[] {base};
        }
        if (s.mode() == MirrorMode.FULL_FLIP) {
            return new double[] {1 - base};
        }
        boolean onWorkingSide = s.affectedSide() == AffectedSide.LEFT ? base >= s.seam() : base < s.seam();
        if (!onWorkingSide) {
            return new double[0];
        }
        double reflected = 2 * s.seam() - base;
        return reflected >= 0 && reflected <= 1 ? new double[] {base, reflected} : new double[] {base};
    }
}
