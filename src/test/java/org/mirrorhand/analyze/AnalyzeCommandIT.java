package org.mirrorhand.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.testing.HugePng;
import org.mirrorhand.testing.JarRun;
import org.mirrorhand.testing.SharedMedia;

/** The packaged `analyze` command as a user runs it: real models, real files, a child process. */
class AnalyzeCommandIT {
    @TempDir
    Path dir;

    @Test
    void eachBadInputGetsOneClearLineAndTheGoodInputIsStillAnalysed() throws Exception {
        Path good = SharedMedia.media("images/thumb_up.jpg");
        Path missing = dir.resolve("missing.jpg");
        Path empty = Files.createFile(dir.resolve("empty.jpg"));
        Path text = Files.writeString(dir.resolve("notes.txt"), "a shopping list, not a picture\n".repeat(20));
        byte[] video = Files.readAllBytes(SharedMedia.media("videos/asl_fingerspelling.mp4"));
        Path truncated = Files.write(dir.resolve("truncated.mp4"), Arrays.copyOf(video, video.length / 3));
        Path huge = dir.resolve("huge.png");
        HugePng.write(huge, 12000, 12000);
        Path json = dir.resolve("out.json");

        JarRun run = JarRun.run("analyze", missing.toString(), empty.toString(), text.toString(),
                truncated.toString(), huge.toString(), good.toString(), "--json", json.toString());

        assertEquals(1, run.exitCode, run.toString());
        List<String> lines = run.errorLines();
        for (Path bad : List.of(missing, empty, text, truncated, huge)) {
            assertEquals(1, lines.stream().filter(l -> l.startsWith("mirrorhand: " + bad + ":")).count(),
                    "one line naming " + bad + "\n" + run);
        }
        assertFalse(run.err.contains("Exception") || run.err.contains("\tat "), "no stack trace\n" + run);
        JsonNode results = new ObjectMapper().readTree(json.toFile());
        assertEquals(6, results.size(), "one entry per input, in order");
        JsonNode analysed = results.get(5);
        assertEquals(good.toString(), analysed.get("input").asText());
        assertEquals(1, analysed.get("frames").get(0).get("hands").size(), "the thumbs-up still has its hand");
        assertTrue(results.get(3).get("error").asText().contains("damaged or incomplete"), results.get(3).toString());
    }

    @Test
    void writesTheDocumentedJsonShapeForAStillAndAVideo() throws Exception {
        Path still = SharedMedia.media("images/two_open_hands.jpg");
        Path video = SharedMedia.media("videos/open_palm_steady.mp4");
        Path json = dir.resolve("shape.json");

        JarRun run = JarRun.run("analyze", still.toString(), video.toString(), "--json", json.toString());

        assertEquals(0, run.exitCode, run.toString());
        JsonNode results = new ObjectMapper().readTree(json.toFile());
        JsonNode image = results.get(0);
        assertEquals(720, image.get("width").asInt());
        assertEquals(382, image.get("height").asInt());
        assertEquals(1, image.get("frames").size(), "a still image has one frame");
        JsonNode hands = image.get("frames").get(0).get("hands");
        assertEquals(2, hands.size());
        for (JsonNode hand : hands) {
            assertTrue(List.of("Left", "Right").contains(hand.get("handedness").asText()));
            assertEquals(21, hand.get("landmarks").size());
            assertEquals(21, hand.get("worldLandmarks").size());
            for (JsonNode p : hand.get("landmarks")) {
                assertEquals(3, p.size());
                assertTrue(p.get(0).asDouble() > -0.2 && p.get(0).asDouble() < 1.2, "x is normalised: " + p);
            }
            for (JsonNode p : hand.get("worldLandmarks")) {
                assertTrue(Math.abs(p.get(0).asDouble()) < 0.3, "world landmarks are metres around the hand: " + p);
            }
        }
        JsonNode clip = results.get(1);
        assertEquals(25.0, clip.get("fps").asDouble(), 0.01);
        JsonNode frames = clip.get("frames");
        assertEquals(202, frames.size());
        for (int i = 1; i < frames.size(); i++) {
            assertEquals(i, frames.get(i).get("index").asInt());
            assertTrue(frames.get(i).get("timestampMs").asDouble() > frames.get(i - 1).get("timestampMs").asDouble());
        }
        assertTrue(run.err.lines().anyMatch(l -> l.contains("open_palm_steady.mp4") && l.contains("202/202")),
                "progress shown for the video as plain lines\n" + run.err);
    }

    /**
     * --sampling gpu reads the picture as MediaPipe's web solution does, so on a small photo, where the two ways of
     * sampling differ most, it lands on the web solution's landmarks (the project's own reference, made with the
     * solution reset before each image) and the default CPU sampling does not quite.
     */
    @Test
    void gpuSamplingReproducesTheWebSolutionOnASmallPhoto() throws Exception {
        Path photo = SharedMedia.media("images/gesture_call_0.jpg");
        JsonNode reference = null;
        try (var in = getClass().getResourceAsStream("/mediapipe/images_each_alone.json")) {
            for (JsonNode entry : new ObjectMapper().readTree(in)) {
                if (entry.get("input").asText().equals("images/gesture_call_0.jpg")) {
                    reference = entry.get("hands").get(0).get("landmarks");
                }
            }
        }
        Path gpuJson = dir.resolve("gpu.json");
        Path cpuJson = dir.resolve("cpu.json");
        JarRun gpu = JarRun.run("analyze", photo.toString(), "--sampling", "gpu", "--json", gpuJson.toString());
        JarRun cpu = JarRun.run("analyze", photo.toString(), "--json", cpuJson.toString());
        assertEquals(0, gpu.exitCode, gpu.toString());
        assertEquals(0, cpu.exitCode, cpu.toString());

        double gpuError = meanErrorOfHandSize(gpuJson, reference);
        double cpuError = meanErrorOfHandSize(cpuJson, reference);
        System.out.printf("gesture_call_0 vs the web solution: gpu sampling %.2f %%, cpu sampling %.2f %% of hand size%n",
                100 * gpuError, 100 * cpuError);
        assertTrue(gpuError < 0.01, "gpu sampling " + gpuError);
        assertTrue(cpuError > 2 * gpuError, "the option changes how the picture is read: cpu " + cpuError);

        JarRun bad = JarRun.run("analyze", photo.toString(), "--sampling", "tpu");
        assertEquals(2, bad.exitCode, bad.toString());
        assertTrue(bad.err.contains("--sampling") && bad.err.contains("tpu"), bad.toString());
    }

    /** Mean landmark distance of the file's one hand from the reference hand, in wrist-to-middle-knuckle lengths. */
    private static double meanErrorOfHandSize(Path json, JsonNode reference) throws Exception {
        JsonNode result = new ObjectMapper().readTree(json.toFile()).get(0);
        JsonNode landmarks = result.get("frames").get(0).get("hands").get(0).get("landmarks");
        double w = result.get("width").asDouble();
        double h = result.get("height").asDouble();
        double sum = 0;
        for (int k = 0; k < 21; k++) {
            sum += Math.hypot((landmarks.get(k).get(0).asDouble() - reference.get(k).get(0).asDouble()) * w,
                    (landmarks.get(k).get(1).asDouble() - reference.get(k).get(1).asDouble()) * h);
        }
        double size = Math.hypot((reference.get(9).get(0).asDouble() - reference.get(0).get(0).asDouble()) * w,
                (reference.get(9).get(1).asDouble() - reference.get(0).get(1).asDouble()) * h);
        return sum / 21 / size;
    }

    @Test
    void aCorruptOrMissingModelIsNamedInOneLine() throws Exception {
        Path image = SharedMedia.media("images/thumb_up.jpg");
        Path models = Files.createDirectory(dir.resolve("models"));
        for (String name : List.of("palm_detection_full.tflite", "hand_landmark_full.tflite")) {
            Files.copy(Path.of("models", name), models.resolve(name));
        }
        Files.write(models.resolve("hand_landmark_full.tflite"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});

        JarRun corrupt = JarRun.run("analyze", "--models", models.toString(), image.toString());
        assertEquals(1, corrupt.exitCode, corrupt.toString());
        assertEquals(1, corrupt.errorLines().size(), corrupt.toString());
        assertTrue(corrupt.errorLines().get(0).contains("hand_landmark_full.tflite"), corrupt.toString());

        Files.delete(models.resolve("palm_detection_full.tflite"));
        JarRun missing = JarRun.run("analyze", "--models", models.toString(), image.toString());
        assertEquals(1, missing.exitCode, missing.toString());
        assertTrue(missing.errorLines().get(0).contains("palm_detection_full.tflite"), missing.toString());
        assertFalse(missing.err.contains("Exception"), missing.toString());
    }

    @Test
    void aNegativePalmIntervalIsRefusedInOneLineBeforeAnyWork() throws Exception {
        Path image = SharedMedia.media("images/thumb_up.jpg");

        JarRun run = JarRun.run("analyze", "--palm-interval-ms", "-1", image.toString());

        assertEquals(2, run.exitCode, run.toString());
        assertEquals(List.of("mirrorhand: --palm-interval-ms must be 0 or more, got -1"), run.errorLines());
        assertTrue(run.out.isBlank(), run.toString());
    }
}
