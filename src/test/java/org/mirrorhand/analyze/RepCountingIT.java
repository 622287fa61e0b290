package org.mirrorhand.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.testing.JarRun;
import org.mirrorhand.testing.SharedMedia;

/**
 * The rep summary as the packaged `analyze --reps --json` reports it. The counts on every reference video are checked
 * in-process by metrics.OwnPoseEngineRepsIT; this test covers what the command adds: the JSON summary and the
 * one-line count per hand.
 */
class RepCountingIT {
    @TempDir
    Path dir;

    @Test
    void writesEachHandsRepsIntoTheSummaryAndPrintsOneLinePerHand() throws Exception {
        Path twoHands = SharedMedia.media("videos/two_hands_open_close_5fps.mp4");
        Path json = dir.resolve("reps.json");

        JarRun run = JarRun.run("analyze", "--reps", "--json", json.toString(), twoHands.toString());

        assertEquals(0, run.exitCode, run.toString());
        JsonNode hands = new ObjectMapper().readTree(json.toFile()).get(0).get("summary").get("hands");
        assertEquals(2, hands.size(), "both hands tracked as two identities\n" + hands);
        for (JsonNode hand : hands) {
            assertEquals(3, hand.get("repCount").asInt(), hand.toString());
            JsonNode reps = hand.get("reps");
            assertEquals(3, reps.size());
            for (JsonNode rep : reps) {
                assertTrue(rep.get("startMs").asDouble() <= rep.get("openMs").asDouble(), rep.toString());
                assertTrue(rep.get("peakOpeningPercent").asDouble() >= 65, rep.toString());
            }
            assertTrue(hand.get("rom").get("passedShare").asDouble() > 0.5, hand.get("rom").toString());
        }
        List<String> repLines = run.out.lines().filter(l -> l.contains(": reps: hand")).toList();
        assertEquals(2, repLines.size(), run.out);
        assertTrue(repLines.stream().allMatch(l -> l.endsWith(" 3")), run.out);
    }
}
