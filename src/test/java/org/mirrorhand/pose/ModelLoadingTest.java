package org.mirrorhand.pose;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelLoadingTest {

    @Test
    void aMissingModelNamesTheFileAndHowToGetIt(@TempDir Path dir) {
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> HandPoseEngines.open(PoseOptions.DEFAULTS, dir));
        assertTrue(e.getMessage().contains(dir.resolve("palm_detection_full.tflite").toString()), e.getMessage());
        assertTrue(e.getMessage().contains("mvn package"), e.getMessage());
    }

    @Test
    void aCorruptModelNamesTheFileAndSaysItIsDamaged(@TempDir Path dir) throws Exception {
        byte[] junk = new byte[4096];
        new Random(3).nextBytes(junk);
        Files.write(dir.resolve("palm_detection_lite.tflite"), junk);
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> HandPoseEngines.open(PoseOptions.DEFAULTS.withModel(PoseOptions.ModelVariant.LITE), dir));
        assertTrue(e.getMessage().contains("palm_detection_lite.tflite"), e.getMessage());
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
    }

    @Test
    void aTruncatedModelFailsVerificationAndIsReportedAsDamaged(@TempDir Path dir) throws Exception {
        byte[] real = Files.readAllBytes(Path.of("models", "hand_landmark_full.tflite"));
        Files.copy(Path.of("models", "palm_detection_full.tflite"), dir.resolve("palm_detection_full.tflite"));
        Files.write(dir.resolve("hand_landmark_full.tflite"), Arrays.copyOf(real, real.length / 2));
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> HandPoseEngines.open(PoseOptions.DEFAULTS, dir));
        assertTrue(e.getMessage().contains("hand_landmark_full.tflite") && e.getMessage().contains("damaged"),
                e.getMessage());
    }

    @Test
    void anEmptyModelFileIsReportedAsEmpty(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("palm_detection_full.tflite"), new byte[0]);
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> HandPoseEngines.open(PoseOptions.DEFAULTS, dir));
        assertTrue(e.getMessage().contains("palm_detection_full.tflite") && e.getMessage().contains("empty"),
                e.getMessage());
    }

    @Test
    void theLandmarkModelInPlaceOfThePalmModelIsRefused(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("models", "hand_landmark_full.tflite"), dir.resolve("palm_detection_full.tflite"));
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> HandPoseEngines.open(PoseOptions.DEFAULTS, dir));
        assertTrue(e.getMessage().contains("palm_detection_full.tflite") && e.getMessage().contains("expected"),
                e.getMessage());
    }
}
