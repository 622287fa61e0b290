package org.mirrorhand.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.testing.SharedMedia;
import org.mirrorhand.testing.TestClassJvm;

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
        SharedMedia.media("videos/two_hands_open_close_5fps.mp4"); // skips, saying so, where the shared media are absent
        TestClassJvm run = TestClassJvm.run(Duration.ofMinutes(8), List.of("-Xmx2g", TestClassJvm.FORCE_3D),
                VirtualHandJourney.class, data.toString());
        System.out.println(run.output);
        assertTrue(run.finished, "the journey did not end within 8 minutes\n" + run.output);
        assertEquals(0, run.exitCode, "the journey failed:\n" + run.output);
    }
}
