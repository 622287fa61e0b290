package org.mirrorhand.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.history.SessionRecord;
import org.mirrorhand.history.SessionStatus;
import org.mirrorhand.history.SqliteSessionStore;
import org.mirrorhand.testing.JarRun;
import org.mirrorhand.testing.LoopedVideo;
import org.mirrorhand.testing.SessionChild;
import org.mirrorhand.testing.SharedMedia;

/**
 * Crash safety with a real child process: `session` runs on a long video (the two-hands clip looped), is killed with
 * SIGKILL once the database holds some reps, and every rep it had printed as stored must be in the database; the next
 * open marks the session interrupted and keeps its reps.
 */
class SessionKillIT {
    private static final int LOOPS = 5;

    @TempDir
    Path dir;

    @Test
    void killingARunningSessionLosesNoRepItHadReportedAndMarksItInterrupted() throws Exception {
        Path clip = SharedMedia.media("videos/two_hands_open_close_5fps.mp4");
        Path video = dir.resolve("long.mp4");
        LoopedVideo.write(clip, video, LOOPS);
        String data = dir.resolve("data").toString();
        assertEquals(0, JarRun.run("profile", "add", "Ann", "--affected", "right", "--data-dir", data).exitCode);

        SessionChild child = SessionChild.start("session", "--profile", "Ann", "--source", video.toString(),
                "--data-dir", data);
        Path db = dir.resolve("data/history.db");
        assertTrue(child.await(() -> SessionChild.repsInDatabase(db) >= 4, 300_000),
                "no reps stored before the session ended or within 5 minutes: " + child.out + child.err);
        child.kill();
        assertTrue(child.process.exitValue() != 0, "killed, not finished");

        Set<String> reported = child.printedReps();
        assertTrue(reported.size() >= 1, "the child printed no reps: " + child.out);
        assertTrue(reported.size() < 6 * LOOPS, "the child finished the whole video before the kill");
        Set<String> stored = SessionChild.storedReps(db);
        assertTrue(stored.containsAll(reported), "printed " + reported + " but stored " + stored);

        try (SqliteSessionStore store = SqliteSessionStore.open(db)) {
            assertEquals(1, store.interruptedAtOpen());
            SessionRecord s = store.session(1).orElseThrow();
            assertEquals(SessionStatus.INTERRUPTED, s.status());
            assertEquals(stored.size(), store.reps(1).size());
            assertTrue(s.durationMs() > 0, "the interrupted session keeps its minutes");
        }
        System.out.printf("kill -9 test: %d reps printed, %d stored before the kill%n", reported.size(), stored.size());
    }
}
