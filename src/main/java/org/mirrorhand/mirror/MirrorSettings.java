package org.mirrorhand.mirror;

/**
 * Everything that decides the mirrored picture.
 *
 * @param mode            how to mirror
 * @param affectedSide    the user's affected hand
 * @param seam            where the mirror stands, as a fraction of the screen width from the left (0.5 = middle)
 * @param cameraFacesUser true for a webcam looking at the user (its picture is flipped first so the screen acts like a
 *                        mirror and the user's left hand is on the left); false for a camera looking down at the desk
 *                        from the user's side, whose picture already has the left hand on the left
 */
public record MirrorSettings(MirrorMode mode, AffectedSide affectedSide, double seam, boolean cameraFacesUser) {

    public static final double MIN_SEAM = 0.15;
    public static final double MAX_SEAM = 0.85;
    public static final MirrorSettings DEFAULTS = new MirrorSettings(MirrorMode.MIRROR_BOX, AffectedSide.LEFT, 0.5, true);

    public MirrorSettings {
        if (mode == null || affectedSide == null) {
            throw new IllegalArgumentException("mirror mode and affected side are required");
        }
        seam = Math.max(MIN_SEAM, Math.min(MAX_SEAM, seam));
    }

    public MirrorSettings withMode(MirrorMode m) {
        return new MirrorSettings(m, affectedSide, seam, cameraFacesUser);
    }

    public MirrorSettings withAffectedSide(AffectedSide side) {
        return new MirrorSettings(mode, side, seam, cameraFacesUser);
    }

    /** Moves the seam by a fraction of the width; it stops at the limits rather than hiding a whole half. */
    public MirrorSettings withSeamMovedBy(double delta) {
        return new MirrorSettings(mode, affectedSide, seam + delta, cameraFacesUser);
    }

    /** The seam at a place (0..1 of the width), within the limits. */
    public MirrorSettings withSeamAt(double place) {
        return new MirrorSettings(mode, affectedSide, place, cameraFacesUser);
    }

    public MirrorSettings withCameraFacesUser(boolean faces) {
        return new MirrorSettings(mode, affectedSide, seam, faces);
    }
}
