package org.mirrorhand.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mirrorhand.pose.HandPose;
import org.mirrorhand.pose.Landmark;

/**
 * Keeps each hand's identity across frames, so two hands are counted separately. Hands are matched first by where
 * the palm is in the picture (in palm lengths, with more room after a longer gap), with MediaPipe's handedness
 * label only as a tie-breaker, since the label can flip for a frame. A hand that comes back after being lost takes
 * the identity of a lost hand with the same settled label. Feeding thread only.
 */
public final class HandTracker {

    /** A hand unseen for longer than this no longer claims nearby detections by position. */
    static final double ACTIVE_MS = 1000;
    private static final double GATE_PALMS = 2.5;
    private static final double GATE_PALMS_PER_SECOND = 5;
    private static final double LABEL_MISMATCH_COST = 0.75;
    private static final double MIN_PALM_SIZE = 0.02;

    private static final class Track {
        final int id;
        double x;
        double y;
        double size;
        double lastSeenMs;
        double leftVotes;
        double rightVotes;

        Track(int id) {
            this.id = id;
        }

        String label() {
            if (leftVotes == 0 && rightVotes == 0) {
                return "";
            }
            return leftVotes >= rightVotes ? "Left" : "Right";
        }
    }

    private final List<Track> tracks = new ArrayList<>();

    /**
     * Assigns a hand identity (1, 2, ...) to each pose of one frame, in the order of {@code hands}. Two poses of one
     * frame never share an identity. A pose that duplicates another one of the same frame (palms less than half a
     * palm length apart: the detector reported one hand twice) gets 0 and must be ignored.
     */
    public int[] assign(double timestampMs, List<HandPose> hands) {
        int[] ids = new int[hands.size()];
        double[][] centres = new double[hands.size()][];
        for (int i = 0; i < hands.size(); i++) {
            centres[i] = centreAndSize(hands.get(i));
        }
        boolean[] handTaken = duplicates(hands, centres);
        List<double[]> pairs = candidatePairs(timestampMs, hands, centres);
        pairs.sort(Comparator.comparingDouble(p -> p[0]));
        boolean[] trackTaken = new boolean[tracks.size()];
        for (double[] p : pairs) {
            int i = (int) p[1];
            int k = (int) p[2];
            if (!handTaken[i] && !trackTaken[k]) {
                handTaken[i] = true;
                trackTaken[k] = true;
                ids[i] = tracks.get(k).id;
            }
        }
        for (int i = 0; i < hands.size(); i++) {
            if (!handTaken[i]) {
                int k = returningTrack(timestampMs, hands.get(i), centres[i], trackTaken);
                if (k < 0) {
                    tracks.add(new Track(tracks.size() + 1));
                    trackTaken = java.util.Arrays.copyOf(trackTaken, tracks.size());
                    k = tracks.size() - 1;
                }
                trackTaken[k] = true;
                ids[i] = tracks.get(k).id;
            }
        }
        for (int i = 0; i < hands.size(); i++) {
            if (ids[i] > 0) {
                update(tracks.get(ids[i] - 1), timestampMs, hands.get(i), centres[i]);
            }
        }
        return ids;
    }

    /** Pose-to-active-hand pairs within the distance gate, each as {cost, pose index, track index}. */
    private List<double[]> candidatePairs(double timestampMs, List<HandPose> hands, double[][] centres) {
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < hands.size(); i++) {
            for (int k = 0; k < tracks.size(); k++) {
                Track t = tracks.get(k);
                double gap = timestampMs - t.lastSeenMs;
                if (centres[i] == null || gap > ACTIVE_MS) {
                    continue;
                }
                double size = Math.max(MIN_PALM_SIZE, Math.max(t.size, centres[i][2]));
                double palms = Math.hypot(centres[i][0] - t.x, centres[i][1] - t.y) / size;
                if (palms <= GATE_PALMS + GATE_PALMS_PER_SECOND * gap / 1000) {
                    boolean mismatch = !t.label().isEmpty() && !t.label().equalsIgnoreCase(hands.get(i).handedness());
                    pairs.add(new double[] {palms + (mismatch ? LABEL_MISMATCH_COST : 0), i, k});
                }
            }
        }
        return pairs;
    }

    /** Marks the less confident of two overlapping poses as already handled (it will get identity 0). */
    private static boolean[] duplicates(List<HandPose> hands, double[][] centres) {
        boolean[] duplicate = new boolean[hands.size()];
        for (int i = 0; i < hands.size(); i++) {
            for (int j = i + 1; j < hands.size(); j++) {
                if (centres[i] == null || centres[j] == null || duplicate[i] || duplicate[j]) {
                    continue;
                }
                double size = Math.max(MIN_PALM_SIZE, Math.max(centres[i][2], centres[j][2]));
                if (Math.hypot(centres[i][0] - centres[j][0], centres[i][1] - centres[j][1]) < 0.5 * size) {
                    duplicate[hands.get(i).presence() >= hands.get(j).presence() ? j : i] = true;
                }
            }
        }
        return duplicate;
    }

    /** A lost hand (not seen in this frame, inactive) with the same label, the nearest one first; -1 if none. */
    private int returningTrack(double ms, HandPose pose, double[] centre, boolean[] taken) {
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int k = 0; k < tracks.size(); k++) {
            Track t = tracks.get(k);
            boolean lost = ms - t.lastSeenMs > ACTIVE_MS || centre == null;
            if (taken[k] || !lost || !t.label().equalsIgnoreCase(pose.handedness())) {
                continue;
            }
            double d = centre == null ? 0 : Math.hypot(centre[0] - t.x, centre[1] - t.y);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best;
    }

    private static void update(Track t, double ms, HandPose pose, double[] centre) {
        if (centre != null) {
            t.x = centre[0];
            t.y = centre[1];
            t.size = centre[2];
        }
        t.lastSeenMs = ms;
        double score = Double.isFinite(pose.handednessScore()) ? Math.max(0.01, pose.handednessScore()) : 0.01;
        if ("Left".equalsIgnoreCase(pose.handedness())) {
            t.leftVotes += score;
        } else if ("Right".equalsIgnoreCase(pose.handedness())) {
            t.rightVotes += score;
        }
    }

    /** The label most often given to a hand, weighted by score; empty when it never had one. */
    public String handedness(int id) {
        return tracks.get(id - 1).label();
    }

    /** Palm centre x, y and palm length in the picture, or null when the image landmarks are unusable. */
    private static double[] centreAndSize(HandPose pose) {
        List<Landmark> l = pose.landmarks();
        if (l == null || l.size() < 18) {
            return null;
        }
        int[] palm = {0, 5, 9, 13, 17};
        double x = 0;
        double y = 0;
        for (int i : palm) {
            if (l.get(i) == null) {
                return null;
            }
            x += l.get(i).x();
            y += l.get(i).y();
        }
        double size = Math.hypot(l.get(9).x() - l.get(0).x(), l.get(9).y() - l.get(0).y());
        double[] out = {x / palm.length, y / palm.length, size};
        for (double v : out) {
            if (!Double.isFinite(v)) {
                return null;
            }
        }
        return out;
    }
}
