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
    /** Each edge's direction (to the next corner) and 1 / its squared length, worked out once. */
    private final double[] ex;
    private final double[] ey;
    private final double[] invLen2;
    private final double margin;
    private final double feather;
    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;

    private HandMask(double[] hx, double[] hy, double margin, double feather) {
        this.hx = hx;
        this.hy = hy;
        int n = hx.length;
        ex = new double[n];
        ey = new double[n];
        invLen2 = new double[n];
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            ex[i] = hx[j] - hx[i];
            ey[i] = hy[j] - hy[i];
            double len2 = ex[i] * ex[i] + ey[i] * ey[i];
            invLen2[i] = len2 == 0 ? 0 : 1 / len2;
        }
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

    /**
     * One screen row of the mask, for drawing: {outer left, inner left, inner right, outer right, peak}. Alpha is 1
     * between the inner ends (the hull grown by the margin, exactly), 0 beyond the outer ends (grown by margin and
     * feather, exactly) and falls linearly in x between them; in a row that misses the inner shape it rises linearly
     * to the row's peak (its exact alpha in the middle). A straight-line fall instead of the distance per pixel keeps
     * "hand only" within a millisecond or two; {@link #alpha} is the exact mask. Null when the row misses the mask.
     */
    public double[] row(double y) {
        double[] outer = span(y, margin + feather);
        if (outer == null) {
            return null;
        }
        double[] inner = span(y, margin);
        if (inner != null) {
            return new double[] {outer[0], inner[0], inner[1], outer[1], 1};
        }
        // Above or below the hull: the nearest point of the hull is its top or bottom corner.
        int corner = 0;
        for (int i = 1; i < hy.length; i++) {
            if (y < hy[corner] ? hy[i] < hy[corner] : hy[i] > hy[corner]) {
                corner = i;
            }
        }
        double mid = Math.max(outer[0], Math.min(outer[1], hx[corner]));
        return new double[] {outer[0], mid, mid, outer[1], alpha(mid, y)};
    }

    /** Alpha at {@code x} in a row given by {@link #row}; 1 throughout [row[1], row[2]] when row[4] is 1. */
    public static double alongRow(double[] row, double x) {
        if (x <= row[0] || x >= row[3]) {
            return 0;
        }
        if (x < row[1]) {
            return row[4] * (x - row[0]) / (row[1] - row[0]);
        }
        if (x > row[2]) {
            return row[4] * (row[3] - x) / (row[3] - row[2]);
        }
        return row[4];
    }

    /**
     * Where the row {@code y} crosses the hull grown by {@code r}, as {left, right}, or null. The grown hull is the
     * union of a disc at each corner and a band along each edge, and it is convex, so the row's crossing is one
     * interval: the widest reach of those pieces.
     */
    double[] span(double y, double r) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int n = hx.length;
        for (int i = 0; i < n; i++) {
            double dy = y - hy[i];
            if (Math.abs(dy) <= r) {
                double w = Math.sqrt(r * r - dy * dy);
                lo = Math.min(lo, hx[i] - w);
                hi = Math.max(hi, hx[i] + w);
            }
            if (invLen2[i] == 0) {
                continue;
            }
            double len = Math.sqrt(1 / invLen2[i]);
            // Along the edge: 0 <= t <= 1, t = ((x - ax) ux + (y - ay) uy) / len².
            double[] along = linear(ex[i] * invLen2[i], dy * ey[i] * invLen2[i], hx[i], 0, 1);
            // Across it: |(x - ax) uy - (y - ay) ux| <= r len.
            double[] across = linear(ey[i], -dy * ex[i], hx[i], -r * len, r * len);
            if (along == null || across == null) {
                continue;
            }
            double a = Math.max(along[0], across[0]);
            double b = Math.min(along[1], across[1]);
            if (a <= b) {
                lo = Math.min(lo, a);
                hi = Math.max(hi, b);
            }
        }
        return lo <= hi ? new double[] {lo, hi} : null;
    }

    /** The x with {@code from <= k (x - x0) + c <= to}, as {left, right}; null when none. */
    private static double[] linear(double k, double c, double x0, double from, double to) {
        if (k == 0) {
            return c >= from && c <= to ? new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY} : null;
        }
        double a = x0 + (from - c) / k;
        double b = x0 + (to - c) / k;
        return new double[] {Math.min(a, b), Math.max(a, b)};
    }

    /** 0 inside the hull, else the distance to its nearest edge (or to its only point). */
    double distanceOutside(double x, double y) {
        int n = hx.length;
        boolean inside = n >= 3;
        double best = Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            double px = x - hx[i];
            double py = y - hy[i];
            double ux = ex[i];
            double uy = ey[i];
            if (ux * py - uy * px < 0) {
                inside = false; // the hull turns one way only, so a point on an edge's other side is outside
            }
            // Squared distances and one square root at the end: Math.hypot per edge costs a hundred times more.
            double t = Math.max(0, Math.min(1, (px * ux + py * uy) * invLen2[i]));
            double dx = px - t * ux;
            double dy = py - t * uy;
            best = Math.min(best, dx * dx + dy * dy);
        }
        return inside ? 0 : Math.sqrt(best);
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
