package org.mirrorhand.pose;

/**
 * Settings of the hand pose engine, with MediaPipe Hands' defaults.
 *
 * @param maxHands               most hands to report
 * @param minDetectionConfidence palm detection score threshold
 * @param minPresenceConfidence  hand presence threshold of the landmark model
 * @param minTrackingConfidence  presence below which video mode drops a tracked hand and looks for palms again
 * @param model                  full (default) or lite landmark and palm models
 * @param threads                inference threads per model; the default comes from {@link InferenceThreads}
 * @param sampling               how model inputs sample the image: as MediaPipe's CPU graph (default) or its GPU graph
 * @param palmIntervalMs         video mode, while at least one hand is tracked: least frame time between palm
 *                               detections for the missing hands (default 200); 0 runs it on every frame that tracks
 *                               fewer than maxHands, as MediaPipe does. With no hand tracked it runs on every frame.
 * @param hand                   which hand to find and keep by handedness (ANY, MediaPipe's rule, by default); with a
 *                               label, another hand is reported only while no hand with the label is found, and palm
 *                               detection keeps looking for the labelled one on the interval above
 */
public record PoseOptions(int maxHands, double minDetectionConfidence, double minPresenceConfidence,
                          double minTrackingConfidence, ModelVariant model, int threads, PixelSampling sampling,
                          double palmIntervalMs, HandLabel hand) {

    public static final PoseOptions DEFAULTS =
            new PoseOptions(2, 0.5, 0.5, 0.5, ModelVariant.FULL, InferenceThreads.byDefault(), PixelSampling.CPU, 200,
                    HandLabel.ANY);

    public PoseOptions {
        if (maxHands < 1) {
            throw new IllegalArgumentException("max hands must be at least 1, got " + maxHands);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (sampling == null) {
            throw new IllegalArgumentException("pixel sampling must be given");
        }
        if (!(palmIntervalMs >= 0)) {
            throw new IllegalArgumentException("palm detection interval must be 0 ms or more, got " + palmIntervalMs);
        }
        if (hand == null) {
            throw new IllegalArgumentException("the hand to track must be given (ANY for any hand)");
        }
    }

    public PoseOptions withMaxHands(int n) {
        return new PoseOptions(n, minDetectionConfidence, minPresenceConfidence, minTrackingConfidence, model, threads,
                sampling, palmIntervalMs, hand);
    }

    public PoseOptions withModel(ModelVariant m) {
        return new PoseOptions(maxHands, minDetectionConfidence, minPresenceConfidence, minTrackingConfidence, m, threads,
                sampling, palmIntervalMs, hand);
    }

    public PoseOptions withThreads(int n) {
        return new PoseOptions(maxHands, minDetectionConfidence, minPresenceConfidence, minTrackingConfidence, model, n,
                sampling, palmIntervalMs, hand);
    }

    public PoseOptions withSampling(PixelSampling s) {
        return new PoseOptions(maxHands, minDetectionConfidence, minPresenceConfidence, minTrackingConfidence, model,
                threads, s, palmIntervalMs, hand);
    }

    /** Palm detection at most once per this much frame time while a hand is tracked; 0 is MediaPipe's every frame. */
    public PoseOptions withPalmIntervalMs(double ms) {
        return new PoseOptions(maxHands, minDetectionConfidence, minPresenceConfidence, minTrackingConfidence, model,
                threads, sampling, ms, hand);
    }

    /** Finds and keeps the hand with this handedness label; ANY for any hand. */
    public PoseOptions withHand(HandLabel h) {
        return new PoseOptions(maxHands, minDetectionConfidence, minPresenceConfidence, minTrackingConfidence, model,
                threads, sampling, palmIntervalMs, h);
    }

    public enum ModelVariant { FULL, LITE }
}
