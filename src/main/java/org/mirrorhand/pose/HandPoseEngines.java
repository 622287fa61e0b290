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

    static MediaPipeHands openMediaPipeHands(PoseOptions options, Path modelsDir, boolean smoothing) {
        String variant = options.model() == PoseOptions.ModelVariant.LITE ? "lite" : "full";
        JavaCppTfLiteModel palm = JavaCppTfLiteModel.load(modelsDir, "palm_detection_" + variant + ".tflite",
                options.threads(), new int[] {1, PalmDetector.INPUT, PalmDetector.INPUT, 3});
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
