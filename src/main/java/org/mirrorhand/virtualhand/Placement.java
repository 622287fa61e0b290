package org.mirrorhand.virtualhand;

import java.util.List;
import org.mirrorhand.mirror.MirrorSettings;
import org.mirrorhand.pose.HandPose;
import org.mirrorhand.pose.Landmark;

/**
 * Where the virtual hand goes on the mirrored picture: its wrist at the mirror image (about the seam) of the working
 * hand's wrist, its size that of the working hand in the picture (picture pixels per metre of the palm, compared in
 * the picture's plane so a tilted hand is not taken for a small one). Smoothed calmly on frame time. Positions are in
 * pixels of the mirrored picture. No allocation per frame. One thread.
 */
public final class Placement {

    /** The palm's outline and knuckle row: its size in the picture is measured on these. */
    private static final int[][] PALM = {{0, 5}, {0, 9}, {0, 13}, {0, 17}, {5, 9}, {9, 13}, {13, 17}, {0, 1}};

    private final CalmFilter filter = new CalmFilter(3, 1.5, 0.01, 1.0);
    private final double[] state = new double[3];
    private double screenXPerWorldX = -1;
    private boolean placed;

    /**
     * Places the virtual hand by the working hand.
     *
     * @return false when the working hand gives no size (all its palm landmarks at one point)
     */
    public boolean update(HandPose working, MirrorSettings s, int width, int height, double timeMs) {
        return update(working, s, width, height, timeMs, true);
    }

    /**
     * Places the virtual hand by a tracked hand: at its mirror image ({@code reflect}, the working hand) or on the
     * hand itself (the affected hand, for amplified feedback, drawn over where it is).
     */
    boolean update(HandPose working, MirrorSettings s, int width, int height, double timeMs, boolean reflect) {
        List<Landmark> img = working.landmarks();
        List<Landmark> world = working.worldLandmarks();
        double inPicture = 0;
        double inWorld = 0;
        for (int[] e : PALM) {
            inPicture += Math.hypot((img.get(e[0]).x() - img.get(e[1]).x()) * width,
                    (img.get(e[0]).y() - img.get(e[1]).y()) * height);
            inWorld += Math.hypot(world.get(e[0]).x() - world.get(e[1]).x(), world.get(e[0]).y() - world.get(e[1]).y());
        }
        if (inWorld <= 0 || inPicture <= 0) {
            return false;
        }
        double wristX = s.cameraFacesUser() ? 1 - img.get(0).x() : img.get(0).x();
        state[0] = (reflect ? 2 * s.seam() - wristX : wristX) * width;
        state[1] = img.get(0).y() * height;
        state[2] = inPicture / inWorld;
        filter.filter(state, 0, timeMs);
        // The picture is the camera's flipped when the camera faces the person; the skeleton is already the mirror image
        // (or, on the hand itself, the hand as it is, which the flip turns the same way).
        screenXPerWorldX = s.cameraFacesUser() ? -1 : 1;
        placed = true;
        return true;
    }

    /**
     * Places a played movement (no camera hand to follow): its wrist low in the middle of the affected side of the
     * mirrored picture, the hand about 45 % of the picture's height.
     */
    public void placeOnAffectedSide(MirrorSettings s, int width, int height) {
        double middle = s.affectedSide() == org.mirrorhand.mirror.AffectedSide.LEFT ? s.seam() / 2 : (1 + s.seam()) / 2;
        state[0] = middle * width;
        state[1] = 0.85 * height;
        state[2] = 0.45 * height / 0.19;
        screenXPerWorldX = s.cameraFacesUser() ? -1 : 1;
        placed = true;
    }

    public boolean placed() {
        return placed;
    }

    /** The virtual wrist's x in picture pixels. */
    public double wristX() {
        return state[0];
    }

    public double wristY() {
        return state[1];
    }

    public double pixelsPerMetre() {
        return state[2];
    }

    /** +1 or -1: how the skeleton's x (metres) turns into the picture's x. */
    public double xSign() {
        return screenXPerWorldX;
    }

    /** Starts afresh (a new session, or the hand was away). */
    public void reset() {
        filter.reset();
        placed = false;
    }
}
