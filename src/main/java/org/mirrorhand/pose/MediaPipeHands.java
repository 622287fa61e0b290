package org.mirrorhand.pose;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mirrorhand.capture.RgbImage;

/**
 * MediaPipe Hands' hand_landmark_tracking_cpu graph in Java. Image mode runs palm detection on every image; video mode
 * seeds each frame's hand ROIs from the previous frame's landmarks and runs palm detection only while fewer than the
 * maximum number of hands are tracked (and, while at least one is, no more often than {@link PalmSchedule} allows),
 * letting tracked hands win over overlapping palm detections ({@link RectAssociation}). As in MediaPipe's graph, the
 * landmark model runs on every ROI left after association, so while a new hand enters beside tracked ones a frame can
 * briefly hold more hands than the maximum; clipping them would change which hands are tracked next and part from
 * MediaPipe's results. Hands found twice are removed ({@link HandDeduplicator}) and, in video mode, each tracked hand's
 * landmarks are smoothed ({@link LandmarkSmoother}); the next ROI comes from the unsmoothed landmarks, as in MediaPipe.
 * A hand from a fresh palm detection must reach minPresenceConfidence, a tracked hand minTrackingConfidence (both 0.5
 * by default, MediaPipe's single threshold). One instance belongs to one inference thread.
 */
final class MediaPipeHands implements HandPoseEstimator {

    private final PoseOptions options;
    private final PalmDetector palms;
    private final HandLandmarkModel landmarks;
    private final boolean smoothing;
    private final PalmSchedule palmSchedule;
    private final Map<Integer, LandmarkSmoother> smoothers = new HashMap<>();
    private List<HandRoi> tracked = List.of();
    /** True while the hands tracked are not the one wanted by label (reported only until that one is found). */
    private boolean trackingOtherHand;
    private double lastTimestampMs = Double.NEGATIVE_INFINITY;
    private int nextTrackId;
    private StageTimings lastTimings = StageTimings.NONE;

    MediaPipeHands(PoseOptions options, PalmDetector palms, HandLandmarkModel landmarks, boolean smoothing) {
        this.options = options;
        this.palms = palms;
        this.landmarks = landmarks;
        this.smoothing = smoothing;
        this.palmSchedule = new PalmSchedule(options.palmIntervalMs());
    }

    @Override
    public List<HandPose> detect(RgbImage image) {
        return run(image, false, 0, null);
    }

    @Override
    public List<HandPose> track(RgbImage image, double timestampMs) {
        return track(image, timestampMs, null);
    }

    @Override
    public List<HandPose> track(RgbImage image, double timestampMs, PalmsAhead.Palms ahead) {
        if (!(timestampMs > lastTimestampMs)) {
            throw new IllegalArgumentException("video timestamps must increase: " + timestampMs + " ms came after "
                    + lastTimestampMs + " ms");
        }
        lastTimestampMs = timestampMs;
        return run(image, true, timestampMs, ahead == null ? null : ahead.forFrameAt(timestampMs));
    }

    @Override
    public StageTimings lastTimings() {
        return lastTimings;
    }

    private record Found(HandRoi roi, HandLandmarkModel.Result result) {
    }

    /** @param palmsAhead this frame's palm detections made on another thread, or null */
    private List<HandPose> run(RgbImage image, boolean video, double timestampMs, List<PalmDetection> palmsAhead) {
        long start = System.nanoTime();
        int w = image.width();
        int h = image.height();
        List<HandRoi> previous = video ? tracked : List.of();
        List<HandRoi> fromPalms = new ArrayList<>();
        double palmMs = 0;
        int wanted = trackingOtherHand ? 0 : previous.size();
        boolean palmRan = !video || palmSchedule.runAt(timestampMs, wanted, previous.size(), options.maxHands());
        if (palmRan) {
            long p0 = System.nanoTime();
            // Looking for one hand by its label, the best palm may be the other hand: look at one more.
            int palmLimit = options.hand() == HandLabel.ANY ? options.maxHands() : options.maxHands() + 1;
            List<PalmDetection> detected = palmsAhead != null ? palmsAhead
                    : palms.detect(image, options.minDetectionConfidence());
            for (PalmDetection palm : detected) {
                if (fromPalms.size() == palmLimit) {
                    break;
                }
                fromPalms.add(new HandRoi(HandRois.fromPalm(palm, w, h), nextTrackId++, false));
            }
            palmMs = (System.nanoTime() - p0) / 1e6;
        }
        List<HandRoi> rois = RectAssociation.associate(fromPalms, previous);

        long l0 = System.nanoTime();
        List<Found> found = new ArrayList<>();
        for (HandRoi roi : rois) {
            HandLandmarkModel.Result r = landmarks.run(image, roi.rect());
            double threshold = roi.tracked() ? options.minTrackingConfidence() : options.minPresenceConfidence();
            if (r.presence() >= threshold) {
                found.add(new Found(roi, r));
            }
        }
        double landmarkMs = (System.nanoTime() - l0) / 1e6;

        List<double[]> all = new ArrayList<>();
        for (Found f : found) {
            all.add(f.result().landmarks());
        }
        List<Found> unique = new ArrayList<>();
        for (int i : HandDeduplicator.keep(all, w, h)) {
            unique.add(found.get(i));
        }
        List<Found> hands = options.hand().choose(unique, f -> f.result().leftProbability(), options.maxHands());
        trackingOtherHand = !hands.isEmpty() && !options.hand().accepts(hands.get(0).result().leftProbability());

        if (video) {
            List<HandRoi> next = new ArrayList<>();
            for (Found f : hands) {
                next.add(new HandRoi(HandRois.fromLandmarks(xy(f.result().landmarks()), w, h), f.roi().trackId(), true));
            }
            tracked = next;
        }
        List<HandPose> poses = new ArrayList<>();
        Map<Integer, LandmarkSmoother> stillTracked = new HashMap<>();
        for (Found f : hands) {
            double[] lm = f.result().landmarks();
            double[] world = f.result().worldLandmarks();
            if (video && smoothing) {
                LandmarkSmoother s = smoothers.computeIfAbsent(f.roi().trackId(), id -> new LandmarkSmoother());
                stillTracked.put(f.roi().trackId(), s);
                lm = lm.clone();
                world = world.clone();
                s.apply(Math.round(timestampMs * 1e6), w, h, lm, world);
            }
            poses.add(toPose(f.result(), lm, world));
        }
        if (video) {
            smoothers.clear();
            smoothers.putAll(stillTracked);
        }
        lastTimings = new StageTimings(palmMs, landmarkMs, (System.nanoTime() - start) / 1e6, palmRan);
        return poses;
    }

    private static double[] xy(double[] xyz) {
        double[] out = new double[xyz.length / 3 * 2];
        for (int k = 0; k < xyz.length / 3; k++) {
            out[2 * k] = xyz[3 * k];
            out[2 * k + 1] = xyz[3 * k + 1];
        }
        return out;
    }

    private static HandPose toPose(HandLandmarkModel.Result r, double[] lm, double[] world) {
        boolean left = r.leftProbability() >= 0.5;
        return new HandPose(left ? "Left" : "Right", left ? r.leftProbability() : 1 - r.leftProbability(),
                r.presence(), landmarks(lm), landmarks(world));
    }

    private static List<Landmark> landmarks(double[] xyz) {
        Landmark[] out = new Landmark[xyz.length / 3];
        for (int k = 0; k < out.length; k++) {
            out[k] = new Landmark(xyz[3 * k], xyz[3 * k + 1], xyz[3 * k + 2]);
        }
        return Arrays.asList(out);
    }

    @Override
    public BareInvokeTimes benchmarkBareInvoke(int runs) {
        double[] palm = new double[runs];
        double[] landmark = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            palms.invokeOnly();
            long t1 = System.nanoTime();
            landmarks.invokeOnly();
            long t2 = System.nanoTime();
            palm[i] = (t1 - t0) / 1e6;
            landmark[i] = (t2 - t1) / 1e6;
        }
        return new BareInvokeTimes(median(palm), median(landmark), runs);
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n == 0 ? 0 : (n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2);
    }

    @Override
    public void close() {
        palms.close();
        landmarks.close();
    }
}
