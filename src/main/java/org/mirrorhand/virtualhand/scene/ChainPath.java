package org.mirrorhand.virtualhand.scene;

/**
 * The path of a tube along a chain of joints: straight between the joints, each joint's corner rounded by a curve
 * about as long as the tube is thick (so the inside of a bent finger never folds), both ends closed by rounded caps
 * whose outer point lies exactly on the chain's first and last joints. The radius tapers from joint to joint. Writes a
 * fixed number of stations for a given number of joints, whatever the pose. Pure arithmetic; no allocation.
 */
final class ChainPath {

    /** Rings in each end cap, counting the one where the cap meets the tube. */
    static final int CAP = 4;
    /** Stations on each straight stretch between corners. */
    static final int STRAIGHT = 2;
    /** Stations on each rounded corner, its two ends included. */
    static final int CORNER = 5;
    /** How much looser than the tube's radius a corner's curve is kept at its tightest. */
    private static final double REACH = 1.05;
    /** Knuckles stand a little proud of the bones either side. */
    private static final double KNUCKLE = 0.05;

    private ChainPath() {
    }

    /** Stations for a chain of {@code joints} points: two poles, two caps, the stretches and the corners. */
    static int stations(int joints) {
        return 2 * CAP + 2 + STRAIGHT * (joints - 1) + CORNER * (joints - 2);
    }

    /**
     * Fills the tube's stations from {@code chain} (x, y, z of each joint) with the radii across and deep at each
     * joint. {@code scratch} holds at least 5 * joints numbers.
     */
    static void fill(Tube tube, double[] chain, double[] across, double[] deep, int joints, double[] scratch) {
        // scratch: unit direction of each bone (3 per bone), then each corner's reach along its bones (at 3 * joints).
        int reach = 3 * joints;
        for (int b = 0; b + 1 < joints; b++) {
            double len = 0;
            for (int d = 0; d < 3; d++) {
                scratch[3 * b + d] = chain[3 * b + 3 + d] - chain[3 * b + d];
                len += scratch[3 * b + d] * scratch[3 * b + d];
            }
            len = Math.sqrt(len);
            PalmFrame.normalise(scratch, 3 * b);
            scratch[reach + joints + b] = len;
        }
        for (int j = 0; j < joints; j++) {
            scratch[reach + j] = j > 0 && j < joints - 1 ? needed(scratch, j, Math.max(across[j], deep[j])) : 0;
        }
        share(scratch, joints, deep[joints - 1]);
        int s = 0;
        int last = joints - 1;
        // The base cap, from its pole to the ring at the first joint.
        for (int i = 0; i <= CAP; i++) {
            double angle = Math.PI / 2 * (CAP - i) / CAP;
            s = station(tube, s, chain, 0, scratch, 0, -deep[0] * Math.sin(angle), Math.cos(angle), across[0], deep[0]);
        }
        for (int b = 0; b < last; b++) {
            double len = scratch[reach + joints + b];
            double from = scratch[reach + b];
            double to = len - (b + 1 < last ? scratch[reach + b + 1] : deep[last]);
            for (int i = 1; i <= STRAIGHT; i++) {
                double along = from + (to - from) * i / (STRAIGHT + 1);
                double f = len > 1e-9 ? along / len : 0;
                s = station(tube, s, chain, b, scratch, b, along, 1, lerp(across, b, f), lerp(deep, b, f));
            }
            if (b + 1 < last) {
                s = corner(tube, s, chain, b + 1, scratch, across, deep, joints);
            }
        }
        // The tip cap, from the ring where it meets the tube to its pole on the last joint.
        for (int i = 0; i <= CAP; i++) {
            double angle = Math.PI / 2 * i / CAP;
            s = station(tube, s, chain, last, scratch, last - 1, -deep[last] * (1 - Math.sin(angle)),
                    Math.cos(angle), across[last], deep[last]);
        }
    }

    /**
     * How far joint j's rounded corner should reach along its bones: far enough that the curve is no tighter than the
     * tube is thick, so a sharper bend needs a longer curve.
     */
    private static double needed(double[] scratch, int j, double radius) {
        double cos = 0;
        for (int d = 0; d < 3; d++) {
            cos += scratch[3 * (j - 1) + d] * scratch[3 * j + d];
        }
        // The corner's curve reaching d along each bone and turning by theta is tightest in its middle, with radius
        // d cos²(theta/2) / sin(theta/2); the tube's radius must not exceed that, or its inside folds.
        double halfTurn = Math.min(Math.acos(Math.max(-1, Math.min(1, cos))) / 2, Math.toRadians(75));
        double cosHalf = Math.cos(halfTurn);
        return REACH * radius * Math.max(1, Math.sin(halfTurn) / (cosHalf * cosHalf));
    }

    /**
     * Shortens the corners' reaches so that on each bone the two corners (or a corner and the tip's cap) leave a
     * little straight between them: a sharply bent joint takes more of a bone than a gently bent one.
     */
    private static void share(double[] scratch, int joints, double tipCap) {
        int reach = 3 * joints;
        int len = reach + joints;
        for (int b = 0; b + 1 < joints; b++) {
            // An end bone keeps more of itself straight: its rings then stay spaced out beside the cap.
            boolean end = b == 0 || b + 2 == joints;
            double room = (end ? 0.7 : 0.9) * Math.max(0, scratch[len + b] - (b + 2 == joints ? tipCap : 0));
            double taken = scratch[reach + b] + scratch[reach + b + 1];
            if (taken > room) {
                scratch[reach + b] *= room / taken;
                scratch[reach + b + 1] *= room / taken;
            }
        }
    }

    /** One station at {@code along} on bone {@code bone}'s direction from joint {@code j}, radii scaled by {@code k}. */
    private static int station(Tube tube, int s, double[] chain, int j, double[] dir, int bone, double along,
            double k, double across, double deep) {
        for (int d = 0; d < 3; d++) {
            tube.centre[3 * s + d] = chain[3 * j + d] + along * dir[3 * bone + d];
            tube.tangent[3 * s + d] = dir[3 * bone + d];
        }
        tube.across[s] = k * across;
        tube.deep[s] = k * deep;
        return s + 1;
    }

    /** The rounded corner at joint j: a quadratic curve from its reach back along the bone in to its reach out. */
    private static int corner(Tube tube, int s, double[] chain, int j, double[] scratch, double[] across,
            double[] deep, int joints) {
        double r = scratch[3 * joints + j];
        double lenIn = scratch[3 * joints + joints + j - 1];
        double lenOut = scratch[3 * joints + joints + j];
        double fIn = lenIn > 1e-9 ? 1 - r / lenIn : 1;
        double fOut = lenOut > 1e-9 ? r / lenOut : 0;
        for (int i = 0; i < CORNER; i++) {
            double q = (double) i / (CORNER - 1);
            double a = (1 - q) * (1 - q);
            double c = q * q;
            double bulge = 1 + KNUCKLE * Math.sin(Math.PI * q);
            for (int d = 0; d < 3; d++) {
                double p = chain[3 * j + d];
                double start = p - r * scratch[3 * (j - 1) + d];
                double end = p + r * scratch[3 * j + d];
                tube.centre[3 * s + d] = a * start + (1 - a - c) * p + c * end;
                // The curve's direction there, from its derivative: it turns evenly from the bone in to the bone out.
                tube.tangent[3 * s + d] = (1 - q) * scratch[3 * (j - 1) + d] + q * scratch[3 * j + d];
            }
            tube.across[s] = bulge * ((1 - q) * lerp(across, j - 1, fIn) + q * lerp(across, j, fOut));
            tube.deep[s] = bulge * ((1 - q) * lerp(deep, j - 1, fIn) + q * lerp(deep, j, fOut));
            s++;
        }
        return s;
    }

    private static double lerp(double[] r, int j, double f) {
        return r[j] + (r[j + 1] - r[j]) * f;
    }
}
