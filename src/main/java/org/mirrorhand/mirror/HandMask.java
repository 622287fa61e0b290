package org.mirrorhand.mirror;

import java.util.Arrays;

/**
 * A soft-edged mask shaped like a hand: the convex hull of its landmarks, grown by a margin (fingers are wider than
 * the points on them) and faded to nothing over a feather, so the "hand only" mode paints the reflected hand and hardly
 * any of its background. Alpha is 1 inside the hull and up to the margin, falls linearly across the feather and is 0
 * beyond. Coordinates are screen pixels. Immutable; any thread.
 */
public final class HandMask {

    /** Margin and feather as fractions of the hand's larger side. */
    static final double MARGIN = 0.12;
    static final double FEATHER = 0.12;
    private static final double MIN_PX = 2;

    private final double[] hx;
    private final double[] hy;
    private final double margin;
    private final double feather;
    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;

    private HandMask(double[] hx, double[] hy, double margin, double feather) {
        this.hx = hx;
        this.hy = hy;
        this.margin = margin;
        this.feather = feather;
        double reach = margin + feather;
        minX = Arrays.stream(hx).min().orElseThrow() - reach;
        maxX = Arrays.stream(hx).max().orElseThrow() + reach;
        minY = Arrays.stream(hy).min().orElseThrow() - reach;
        maxY = Arrays.stream(hy).max().orElseThrow() + reach;
    }

    /** A mask around points (pixels) with a margin and feather in pixels. */
    public static HandMask around(double[] xs, double[] ys, double margin, double feather) {
        if (xs.length == 0 || xs.length != ys.length) {
            throw new IllegalArgumentException("a hand mask needs points, got " + xs.length + " x and " + ys.length + " y");
        }
        double[][] hull = convexHull(xs, ys);
        return new HandMask(hull[0], hull[1], Math.max(0, margin), Math.max(1e-9, feather));
    }

    /** A mask around points (pixels) with margin and feather in proportion to the hand's size. */
    public static HandMask around(double[] xs, double[] ys) {
        double w = Arrays.stream(xs).max().orElse(0) - Arrays.stream(xs).min().orElse(0);
        double h = Arrays.stream(ys).max().orElse(0) - Arrays.stream(ys).min().orElse(0);
        double size = Math.max(w, h);
        return around(xs, ys, Math.max(MIN_PX, size * MARGIN), Math.max(MIN_PX, size * FEATHER));
    }

    /**
     * The mask of the working hand's reflection on a screen of {@code width} × {@code height}: landmarks in camera
     * coordinates (0..1) are put in the mirror view, reflected about the seam and scaled to pixels.
     */
    public static HandMask reflected(double[] cameraXs, double[] ys, MirrorSettings s, int width, int height) {
        double[] sx = new double[cameraXs.length];
        double[] sy = new double[ys.length];
        for (int i = 0; i < sx.length; i++) {
            double base = s.cameraFacesUser() ? 1 - cameraXs[i] : cameraXs[i];
            sx[i] = (2 * s.seam() - base) * width;
            sy[i] = ys[i] * height;
        }
        return around(sx, sy);
    }

    /** How much of the hand shows at a point: 1 inside, 0 beyond margin and feather, falling linearly between. */
    public double alpha(double x, double y) {
        if (x < minX || x > maxX || y < minY || y > maxY) {
            return 0;
        }
        double d = distanceOutside(x, y);
        if (d <= margin) {
            return 1;
        }
        return Math.max(0, 1 - (d - margin) / feather);
    }

    /** Pixel bounds where alpha can be above 0: {minX, minY, maxX, maxY}. */
    public double[] bounds() {
        return new double[] {minX, minY, maxX, maxY};
    }

    /** 0 inside the hull, else the distance to its nearest edge (or to its only point). */
    double distanceOutside(double x, double y) {
        int n = hx.length;
        if (n == 1) {
            return Math.hypot(x - hx[0], y - hy[0]);
        }
        boolean inside = n >= 3;
        double best = Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double ex = hx[j] - hx[i];
            double ey = hy[j] - hy[i];
            double px = x - hx[i];
            double py = y - hy[i];
            if (ex * py - ey * px < 0) {
                inside = false; // the hull runs counter-clockwise, so any point to an edge's right is outside
            }
            double len2 = ex * ex + ey * ey;
            double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, (px * ex + py * ey) / len2));
            best = Math.min(best, Math.hypot(px - t * ex, py - t * ey));
        }
        return inside ? 0 : best;
    }

    /** Andrew's monotone chain: the hull's corners counter-clockwise (in x-right, y-up terms), as {xs, ys}. */
    static double[][] convexHull(double[] xs, double[] ys) {
        Integer[] order = new Integer[xs.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> xs[a] != xs[b] ? Double.compare(xs[a], xs[b]) : Double.compare(ys[a], ys[b]));
        int[] hull = new int[2 * order.length];
        int k = 0;
        for (int i = 0; i < order.length; i++) { // lower chain
            while (k >= 2 && cross(xs, ys, hull[k - 2], hull[k - 1], order[i]) <= 0) {
                k--;
            }
            hull[k++] = order[i];
        }
        for (int i = order.length - 2, floor = k + 1; i >= 0; i--) { // upper chain
            while (k >= floor && cross(xs, ys, hull[k - 2], hull[k - 1], order[i]) <= 0) {
                k--;
            }
            hull[k++] = order[i];
        }
        k = order.length == 1 ? 1 : k - 1; // the upper chain ends where the lower began
        int n = k;
        double[] hx = new double[n];
        double[] hy = new double[n];
        for (int i = 0; i < n; i++) {
            hx[i] = xs[hull[i]];
            hy[i] = ys[hull[i]];
        }
        return new double[][] {hx, hy};
    }

    private static double cross(double[] xs, double[] ys, int o, int a, int b) {
        return (xs[a] - xs[o]) * (ys[b] - ys[o]) - (ys[a] - ys[o]) * (xs[b] - xs[o]);
    }
}
