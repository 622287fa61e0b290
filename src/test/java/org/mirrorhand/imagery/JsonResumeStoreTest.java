package org.mirrorhand.imagery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonResumeStoreTest {
    @TempDir
    Path dir;

    @Test
    void keepsEachScriptsPositionAcrossInstancesAndForgetsOnClear() throws Exception {
        Path file = dir.resolve("sub/imagery-resume.json");
        JsonResumeStore store = new JsonResumeStore(file);
        store.save("a", Duration.ofMillis(61_500));
        store.save("b", Duration.ofSeconds(3));
        JsonResumeStore reopened = new JsonResumeStore(file);
        assertEquals(Optional.of(Duration.ofMillis(61_500)), reopened.positionOf("a"));
        reopened.clear("a");
        assertEquals(Optional.empty(), new JsonResumeStore(file).positionOf("a"));
        assertEquals(Optional.of(Duration.ofSeconds(3)), new JsonResumeStore(file).positionOf("b"));
    }

    @Test
    void aDamagedFileIsSetAsideAndScriptsStartFromTheBeginning() throws Exception {
        Path file = dir.resolve("imagery-resume.json");
        Files.writeString(file, "{ not json");
        JsonResumeStore store = new JsonResumeStore(file);
        assertEquals(Optional.empty(), store.positionOf("a"));
        assertTrue(Files.exists(dir.resolve("imagery-resume.json.damaged")));
        store.save("a", Duration.ofSeconds(5));
        assertEquals(Optional.of(Duration.ofSeconds(5)), new JsonResumeStore(file).positionOf("a"));
    }
}
