package org.mirrorhand.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.testing.JarRun;

/**
 * Every command that runs the models refuses a thread count outside 1 to the number of cores with one line, before it
 * starts anything (a count of 100000 once started threads without limit). The packaged program as a child process.
 */
class ThreadsOptionIT {
    @TempDir
    Path dir;

    private static final int CORES = Runtime.getRuntime().availableProcessors();

    private void assertRefused(JarRun run) {
        assertEquals(2, run.exitCode, run.toString());
        assertEquals(1, run.err.lines().count(), run.toString());
        String line = run.err.strip();
        assertEquals("mirrorhand: --threads must be 1 to " + CORES + " (this computer has " + CORES + " core"
                + (CORES == 1 ? "" : "s") + "), got 100000", line);
    }

    @Test
    void analyzeRefusesMoreThreadsThanCoresInOneLine() throws Exception {
        Path video = Files.writeString(dir.resolve("not-read.mp4"), "x");
        assertRefused(JarRun.run("analyze", "--threads", "100000", video.toString()));
    }

    @Test
    void benchRefusesMoreThreadsThanCoresInOneLine() throws Exception {
        assertRefused(JarRun.run("bench", "--threads", "100000", dir.resolve("v.mp4").toString()));
    }

    @Test
    void sessionRefusesMoreThreadsThanCoresBeforeOpeningTheHistory() throws Exception {
        Path data = dir.resolve("data");
        assertRefused(JarRun.run("session", "--threads", "100000", "--profile", "Ann", "--source",
                dir.resolve("v.mp4").toString(), "--data-dir", data.toString()));
        // The data folder may hold the log of the refusal; the history itself is never opened.
        assertFalse(Files.exists(data.resolve("history.db")), "no history created for a refused command");
    }

    @Test
    void benchDisplayRefusesMoreThreadsThanCoresInOneLine() throws Exception {
        assertRefused(JarRun.run("bench-display", "--threads", "100000", "--source", dir.resolve("v.mp4").toString()));
    }

    @Test
    void zeroThreadsIsRefusedTheSameWay() throws Exception {
        JarRun run = JarRun.run("analyze", "--threads", "0", dir.resolve("v.jpg").toString());
        assertEquals(2, run.exitCode, run.toString());
        assertTrue(run.err.strip().startsWith("mirrorhand: --threads must be 1 to " + CORES), run.toString());
    }

    @Test
    void theHelpShowsTheDefaultChosenForThisComputer() throws Exception {
        JarRun run = JarRun.run("analyze", "--help");
        String expected = "here " + Math.min(4, Math.max(1, CORES - 1)) + ")";
        assertTrue(run.out.replaceAll("\\s+", " ").contains(expected), run.out);
    }
}
