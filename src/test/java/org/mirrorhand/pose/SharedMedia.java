package org.mirrorhand.pose;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared test media and MediaPipe's reference output next to the project; skips tests when absent. */
final class SharedMedia {

    static final Path ROOT = Path.of("..", "shared");
    static final ObjectMapper JSON = new ObjectMapper();

    private SharedMedia() {
    }

    static Path media(String relative) {
        Path p = ROOT.resolve("media").resolve(relative);
        assumeTrue(Files.exists(p), "shared test media not found at " + p.toAbsolutePath() + "; test skipped");
        return p;
    }

    static JsonNode reference(String name) throws IOException {
        Path p = ROOT.resolve("reference").resolve(name);
        assumeTrue(Files.exists(p), "MediaPipe reference not found at " + p.toAbsolutePath() + "; test skipped");
        return JSON.readTree(p.toFile());
    }

    static JsonNode json(Path p) throws IOException {
        return JSON.readTree(p.toFile());
    }
}
