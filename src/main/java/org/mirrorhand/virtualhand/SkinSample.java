package org.mirrorhand.virtualhand;

import java.util.List;
import org.mirrorhand.mirror.AffectedSide;
import org.mirrorhand.mirror.MirrorSettings;
import org.mirrorhand.pose.Landmark;

/**
 * The working hand's skin colour, read from the mirrored picture at the middle of its palm (a small square between the
 * wrist and the knuckles, where no finger lies), averaged over time so a passing shadow does not flicker the virtual
 * hand. Brightened a little, since the picture's colour already carries the room's shading and the 3D light shades it
 * again. No allocation. One drawing thread.
 */
public final class SkinSample {

    private static final int HALF = 4;
    private static final double BRIGHTER = 1.15;

    private final double[] colour = new double[3];
    private boolean known;

    /**
     * Takes a sample.
     *
     * @param image     the hand's image landmarks (0..1 of the camera picture)
     * @param argb      the mirrored picture, width × height, whose affected side is dimmed (never sampled)
     */
    public void sample(List<Landmark> image, int[] argb, int width, int height, MirrorSettings s) {
        double x = 0;
        double y = 0;
        for (int i : new int[] {0, 5, 9, 13, 17, 9}) {
            x += image.get(i).x() / 6;
            y += image.get(i).y() / 6;
        }
        double screenX = s.cameraFacesUser() ? 1 - x : x;
        boolean onAffectedSide = s.affectedSide() == AffectedSide.LEFT ? screenX < s.seam() : screenX >= s.seam();
        int cx = (int) Math.round(screenX * width);
        int cy = (int) Math.round(y * height);
        if (onAffectedSide || cx - HALF < 0 || cy - HALF < 0 || cx + HALF >= width || cy + HALF >= height) {
            return;
        }
        double r = 0;
        double g = 0;
        double b = 0;
        int n = 0;
        for (int yy = cy - HALF; yy <= cy + HALF; yy++) {
            for (int xx = cx - HALF; xx <= cx + HALF; xx++) {
                int p = argb[yy * width + xx];
                r += p >> 16 & 0xFF;
                g += p >> 8 & 0xFF;
                b += p & 0xFF;
                n++;
            }
        }
        double w = known ? 0.1 : 1;
        colour[0] += w * (r / n - colour[0]);
        colour[1] += w * (g / n - colour[1]);
        colour[2] += w * (b / n - colour[2]);
        known = true;
    }

    public boolean known() {
        return known;
    }

    /** 0xRRGGBB. */
    public int rgb() {
        return channel(colour[0]) << 16 | channel(colour[1]) << 8 | channel(colour[2]);
    }

    private static int channel(double v) {
        return (int) Math.min(255, Math.round(v * BRIGHTER));
    }
}
