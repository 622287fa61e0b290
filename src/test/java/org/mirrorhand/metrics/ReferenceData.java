package org.mirrorhand.metrics;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mirrorhand.pose.HandPose;
import org.mirrorhand.pose.Landmark;

/**
 * Reads MediaPipe's own output for the shared test media (../shared/reference, see its README) into hand poses.
 * Tests that use it are skipped, with a message, when the shared folder is absent.
 */
final class ReferenceData {

    static final Path SHARED = Path.of("..", "shared");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReferenceData() {
    }

    static Path require(String relative) {
        Path p = SHARED.resolve(relative);
        assumeTrue(Files.isRegularFile(p), "skipped: " + p + " is absent (the shared test media are not here)");
        return p;
    }

    /** The frames of one reference video, in order, with their timestamps. */
    static List<TimedHands> video(String name) throws IOException {
        JsonNode root = JSON.readTree(require("reference/" + name).toFile());
        List<TimedHands> out = new ArrayList<>();
        for (JsonNode frame : root.get("frames")) {
            out.add(new TimedHands(frame.get("timestampMs").asDouble(), hands(frame.get("hands"))));
        }
        return out;
    }

    /** The hands of each still image, keyed by its input path (for example "images/flat_open_palm_m.jpg"). */
    static Map<String, List<HandPose>> images() throws IOException {
        JsonNode root = JSON.readTree(require("reference/images.json").toFile());
        Map<String, List<HandPose>> out = new LinkedHashMap<>();
        for (JsonNode image : root) {
            out.put(image.get("input").asText(), hands(image.get("hands")));
        }
        return out;
    }

    private static List<HandPose> hands(JsonNode hands) {
        List<HandPose> out = new ArrayList<>();
        for (JsonNode h : hands) {
            // The reference JSON has no presence score; MediaPipe only reports hands that passed its own threshold.
            out.add(new HandPose(h.get("handedness").asText(), h.get("handednessScore").asDouble(), 1.0,
                    points(h.get("landmarks")), points(h.get("worldLandmarks"))));
        }
        return out;
    }

    private static List<Landmark> points(JsonNode array) {
        List<Landmark> out = new ArrayList<>();
        for (JsonNode p : array) {
            out.add(new Landmark(p.get(0).asDouble(), p.get(1).asDouble(), p.get(2).asDouble()));
        }
        return out;
    }
}
