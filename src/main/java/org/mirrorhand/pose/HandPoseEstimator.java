package org.mirrorhand.pose;

import java.util.List;
import org.mirrorhand.capture.RgbImage;

/**
 * Finds hands and their 21 landmarks. One instance belongs to one thread (it owns model predictors and tracking state).
 * Obtain one from {@link HandPoseEngines#open}.
 */
public interface HandPoseEstimator extends AutoCloseable {

    /** Image mode: each image on its own, palm detection every time. */
    List<HandPose> detect(RgbImage image);

    /**
     * Video mode: frames in order with strictly increasing timestamps; hands are tracked from the previous frame's
     * landmarks and smoothed, and palm detection runs only when fewer than the maximum number of hands are tracked.
     */
    List<HandPose> track(RgbImage image, double timestampMs);

    /**
     * As {@link #track(RgbImage, double)}, taking palm detections made ahead for this frame on another thread
     * ({@link PalmsAhead}) instead of running palm detection itself; the hands found are the same. Null: none made.
     */
    default List<HandPose> track(RgbImage image, double timestampMs, PalmsAhead.Palms ahead) {
        return track(image, timestampMs);
    }

    /** Timings of the last call, for benchmarks. */
    StageTimings lastTimings();

    /**
     * Runs each model {@code runs} times on its current input with nothing else around it and returns the medians:
     * the floor that whole-frame times are compared with. Same thread as detect/track.
     */
    default BareInvokeTimes benchmarkBareInvoke(int runs) {
        throw new UnsupportedOperationException("this estimator has no models to benchmark");
    }

    @Override
    void close();
}
