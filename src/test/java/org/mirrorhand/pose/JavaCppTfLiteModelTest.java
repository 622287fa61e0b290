package org.mirrorhand.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The TensorFlow Lite adapter on the real MediaPipe Hands models (models/, fetched by the build). */
class JavaCppTfLiteModelTest {

    private static final Path MODELS = Path.of("models");
    private static final int[] LANDMARK_INPUT = {1, HandLandmarkModel.INPUT, HandLandmarkModel.INPUT, 3};
    private static final int[] PALM_INPUT = {1, PalmDetector.INPUT, PalmDetector.INPUT, 3};

    @ParameterizedTest
    @CsvSource({"palm_detection_full.tflite, 1", "palm_detection_lite.tflite, 2",
            "hand_landmark_full.tflite, 1", "hand_landmark_full.tflite, 2", "hand_landmark_lite.tflite, 1"})
    void everyHandModelRunsAsOneXnnpackDelegateNode(String file, int threads) {
        try (JavaCppTfLiteModel model = JavaCppTfLiteModel.load(MODELS, file, threads, inputShape(file))) {
            assertTrue(model.runsAsOneDelegateNode(),
                    file + " runs " + model.executionPlanSize() + " nodes, not one XNNPACK node");
        }
    }

    @Test
    void withoutXnnpackTheModelRunsOperationByOperation() {
        try (JavaCppTfLiteModel model = JavaCppTfLiteModel.load(MODELS, "hand_landmark_full.tflite", 1,
                LANDMARK_INPUT, false)) {
            assertFalse(model.runsAsOneDelegateNode());
            assertTrue(model.executionPlanSize() > 50, "plan of " + model.executionPlanSize() + " nodes");
        }
    }

    @Test
    void xnnpackGivesTheSameLandmarksAsTensorFlowLitesOwnKernels() {
        float[] image = randomImage(7);
        try (JavaCppTfLiteModel fast = JavaCppTfLiteModel.load(MODELS, "hand_landmark_full.tflite", 2, LANDMARK_INPUT);
                JavaCppTfLiteModel plain = JavaCppTfLiteModel.load(MODELS, "hand_landmark_full.tflite", 1,
                        LANDMARK_INPUT, false)) {
            float[] a = run(fast, image, "Identity");
            float[] b = run(plain, image, "Identity");
            for (int i = 0; i < a.length; i++) {
                assertEquals(b[i], a[i], 1e-3, "landmark coordinate " + i);
            }
        }
    }

    @Test
    void theInputAndOutputBuffersAreViewsOntoTheModelsOwnMemory() {
        try (JavaCppTfLiteModel model = JavaCppTfLiteModel.load(MODELS, "hand_landmark_lite.tflite", 1,
                LANDMARK_INPUT)) {
            FloatBuffer out = model.output("Identity");
            assertTrue(model.input().isDirect() && out.isDirect());
            assertEquals(224 * 224 * 3, model.input().capacity());
            assertEquals(63, out.capacity());
            float[] first = run(model, randomImage(1), "Identity");
            run(model, randomImage(2), "Identity");
            // The same buffer object shows the second result without being fetched again.
            assertNotEquals(first[0], out.get(0));
        }
    }

    @Test
    void closingTwiceReleasesTheNativeObjectsOnlyOnce() {
        JavaCppTfLiteModel model = JavaCppTfLiteModel.load(MODELS, "palm_detection_lite.tflite", 1, PALM_INPUT);
        model.close();
        model.close(); // a second release of TFLite's objects would crash the JVM here
    }

    private static float[] run(JavaCppTfLiteModel model, float[] image, String output) {
        model.input().put(0, image);
        model.invoke();
        FloatBuffer b = model.output(output);
        float[] out = new float[b.capacity()];
        b.get(0, out);
        return out;
    }

    private static float[] randomImage(long seed) {
        Random random = new Random(seed);
        float[] image = new float[224 * 224 * 3];
        for (int i = 0; i < image.length; i++) {
            image[i] = random.nextFloat();
        }
        return image;
    }

    private static int[] inputShape(String file) {
        return file.startsWith("palm") ? PALM_INPUT : LANDMARK_INPUT;
    }
}
