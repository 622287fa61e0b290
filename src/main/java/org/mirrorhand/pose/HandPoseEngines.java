package org.mirrorhand.pose;

import java.nio.file.Path;

/**
 * Opens the hand pose engine: MediaPipe Hands' palm and landmark models run by TensorFlow Lite. Call from the thread
 * that will use the estimator; close it when done.
 */
public final class HandPoseEngines {

    private HandPoseEngines() {
    }

    /** The engine with the models packed inside the program. */
    public static HandPoseEstimator open(PoseOptions options) {
        return open(options, null);
    }

    /**
     * The engine with models read from a folder (palm_detection_full.tflite, hand_landmark_full.tflite, and the _lite
     * pair); null means the models packed inside the program.
     *
     * @throws ModelLoadException when a model is missing, unreadable or not the expected model
     */
    public static HandPoseEstimator open(PoseOptions options, Path modelsDir) {
        return open(options, modelsDir, true);
    }

    /**
     * As {@link #open(PoseOptions, Path)}, choosing whether video mode smooths landmarks over time (MediaPipe's
     * landmarks smoothing; the default). Unsmoothed output is exactly MediaPipe Hands' own, frame by frame.
     */
    public static HandPoseEstimator open(PoseOptions options, Path modelsDir, boolean smoothing) {
        return openMediaPipeHands(options, modelsDir, smoothing);
    }

    /**
     * Palm detection to run ahead on a video's decoding thread for an estimator opened with the same options and
     * models, or null when video mode would not use it (one hand wanted, or palm detection on every frame). Its model
     * runs on one thread of its own. Call from the thread that will use it.
     *
     * @throws ModelLoadException as {@link #open(PoseOptions, Path)}
     */
    public static PalmsAhead openPalmsAhead(PoseOptions options, Path modelsDir) {
        if (!PalmsAhead.useful(options)) {
            return null;
        }
        return new PalmsAhead(new PalmDetector(palmModel(options, modelsDir, 1), options.sampling()), options);
    }

    private static JavaCppTfLiteModel palmModel(PoseOptions options, Path modelsDir, int threads) {
        String variant = options.model() == PoseOptions.ModelVariant.LITE ? "lite" : "full";
        return JavaCppTfLiteModel.load(modelsDir, "palm_detection_" + variant + ".tflite", threads,
                new int[] {1, PalmDetector.INPUT, PalmDetector.INPUT, 3});
    }

    static MediaPipeHands openMediaPipeHands(PoseOptions options, Path modelsDir, boolean smoothing) {
        String variant = options.model() == PoseOptions.ModelVariant.LITE ? "lite" : "full";
        JavaCppTfLiteModel palm = palmModel(options, modelsDir, options.threads());
        JavaCppTfLiteModel landmark;
        try {
            landmark = JavaCppTfLiteModel.load(modelsDir, "hand_landmark_" + variant + ".tflite", options.threads(),
                    new int[] {1, HandLandmarkModel.INPUT, HandLandmarkModel.INPUT, 3});
        } catch (RuntimeException e) {
            palm.close();
            throw e;
        }
        return new MediaPipeHands(options, new PalmDetector(palm, options.sampling()),
                new HandLandmarkModel(landmark, options.sampling()), smoothing);
    }
}
