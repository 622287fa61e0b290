package org.mirrorhand.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.testing.JarRun;
import org.mirrorhand.testing.SharedMedia;

/**
 * Extension reps and joint angles measured end to end: our own pose engine on real media, then the metrics, through the
 * packaged `analyze --reps --json`. Counts are those of ../shared/reference/README.md.
 */
class RepCountingIT {
    @TempDir
    Path dir;

    @Test
    void countsThreeRepsPerHandAndNoneOnAFaceOrASteadyOpenHand() throws Exception {
        Path twoHands = SharedMedia.media("videos/two_hands_open_close_5fps.mp4");
        Path face = SharedMedia.media("negatives/face_only_5fps.mp4");
        Path steady = SharedMedia.media("videos/open_palm_steady.mp4");
        Path json = dir.resolve("reps.json");

        JarRun run = JarRun.run("analyze", "--reps", "--json", json.toString(),
                twoHands.toString(), face.toString(), steady.toString());

        assertEquals(0, run.exitCode, run.toString());
        JsonNode results = new ObjectMapper().readTree(json.toFile());
        JsonNode twoHandsSummary = results.get(0).get("summary").get("hands");
        assertEquals(2, twoHandsSummary.size(), "both hands tracked as two identities\n" + twoHandsSummary);
        for (JsonNode hand : twoHandsSummary) {
            assertEquals(3, hand.get("repCount").asInt(), hand.toString());
            assertEquals(3, hand.get("reps").size());
        }
        assertEquals(0, totalReps(results.get(1)), "no hand on the face-only video");
        assertEquals(0, totalReps(results.get(2)), "a steady open hand is not a rep");
        assertTrue(run.out.lines().filter(l -> l.contains("reps: hand")).count() >= 3, run.out);
    }

    @Test
    void flatHandsMeasureStraightAndAFistMeasuresFlexed() throws Exception {
        Path back = SharedMedia.media("images/flat_open_back_f.jpg");
        Path palm = SharedMedia.media("images/flat_open_palm_m.jpg");
        Path fists = SharedMedia.media("images/val__hand__hand_020.jpg");
        Path json = dir.resolve("angles.json");

        JarRun run = JarRun.run("analyze", "--json", json.toString(), back.toString(), palm.toString(), fists.toString());

        assertEquals(0, run.exitCode, run.toString());
        JsonNode results = new ObjectMapper().readTree(json.toFile());
        for (int i = 0; i < 2; i++) {
            int measured = 0;
            for (JsonNode finger : longFingers(results.get(i))) {
                for (JsonNode angle : finger.get("bestExtensionDegrees")) {
                    if (!angle.isNull()) {
                        measured++;
                        assertTrue(Math.abs(angle.asDouble()) <= 15, results.get(i).get("input") + ": " + finger);
                    }
                }
            }
            // The back-of-hand photo measures nothing: MediaPipe's world landmarks (ours and the reference alike) squeeze
            // its knuckle row to 0.19-0.25 palm lengths, which the quality flag refuses as implausible bones.
            int required = i == 0 ? 0 : 6;
            assertTrue(measured >= required, results.get(i).get("input") + ": measured joints " + measured);
        }
        double maxMeanFlexion = 0;
        for (JsonNode hand : results.get(2).get("summary").get("hands")) {
            double sum = 0;
            int n = 0;
            for (JsonNode finger : hand.get("rom").get("fingers")) {
                JsonNode pip = finger.get("bestFlexionDegrees").get("pip");
                if (pip != null && !pip.isNull()) {
                    sum += pip.asDouble();
                    n++;
                }
            }
            maxMeanFlexion = Math.max(maxMeanFlexion, n == 0 ? 0 : sum / n);
        }
        assertTrue(maxMeanFlexion > 45, "a fist's PIP joints are clearly flexed, mean " + maxMeanFlexion);
    }

    private static int totalReps(JsonNode result) {
        int reps = 0;
        for (JsonNode hand : result.get("summary").get("hands")) {
            reps += hand.get("repCount").asInt();
        }
        return reps;
    }

    private static Iterable<JsonNode> longFingers(JsonNode result) {
        JsonNode fingers = result.get("summary").get("hands").get(0).get("rom").get("fingers");
        return java.util.List.of(fingers.get("index"), fingers.get("middle"), fingers.get("ring"), fingers.get("little"));
    }
}
