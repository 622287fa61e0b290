package org.mirrorhand.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The virtual hand's journey ({@link VirtualHandJourney}) in a child JVM with -Dprism.forceGPU=true: JavaFX refuses
 * Xvfb's software OpenGL for 3D otherwise, and the other screen tests keep their own pipeline. Screenshots go to
 * target/journeys/virtual-hand/.
 */
class VirtualHandJourneyIT {

    @TempDir
    Path data;

    @Test
    void annPractisesWithTheVirtualHandAtHalfOpeningAndHerChoicesAreKept() throws Exception {
        Path clip = Path.of("..", "shared", "media", "videos", "two_hands_open_close_5fps.mp4");
        assumeTrue(Files.exists(clip), "shared test media not found at " + clip.toAbsolutePath() + "; test skipped");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path log = Files.createTempFile("virtual-hand-journey", ".txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-Dprism.forceGPU=true", "-cp", classPath, VirtualHandJourney.class.getName(), data.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = p.waitFor(8, TimeUnit.MINUTES);
        if (!finished) {
            p.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        System.out.println(output);
        assertTrue(finished, "the journey did not end within 8 minutes\n" + output);
        assertEquals(0, p.exitValue(), "the journey failed:\n" + output);
    }
}
