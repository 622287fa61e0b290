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
 */
public record PoseOptions(int maxHands, double minDetectionConfidence, double minPresenceConfidence,
                          double minTrackingConfidence, ModelVariant model, int threads, PixelSampling sampling) {

    public static final PoseOptions DEFAULTS =
            new PoseOptions(2, 0.5, 0.5, 0.5, ModelVariant.FULL, InferenceThreads.byDefault(), PixelSampling.CPU);

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
    }

    public PoseOptions withMaxHands(int n) {
        return new PoseOptions(n, minDetectionConfidence, minPresenceConfidence, minTrackingConfidence, model, threads,
                sampling);
    }

    public PoseOptions withModel(ModelVariant m) {
        return new PoseOptions(maxHands, minDetectionConfidence, minPresenceConfidence, minTrackingConfidence, m, threads,
                sampling);
    }

    public PoseOptions withThreads(int n) {
        return new PoseOptions(maxHands, minDetectionConfidence, minPresenceConfidence, minTrackingConfidence, model, n,
                sampling);
    }

    public PoseOptions withSampling(PixelSampling s) {
        return new PoseOptions(maxHands, minDetectionConfidence, minPresenceConfidence, minTrackingConfidence, model,
                threads, s);
    }

    public enum ModelVariant { FULL, LITE }
}
