package org.mirrorhand.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.history.SessionStatus;
import org.mirrorhand.history.SqliteSessionStore;
import org.mirrorhand.history.StorageTrouble;
import org.mirrorhand.testing.JarRun;
import org.mirrorhand.testing.LoopedVideo;
import org.mirrorhand.testing.SessionChild;
import org.mirrorhand.testing.SharedMedia;

/**
 * The history file made busy for 30 s in the middle of a session, through the packaged jar as a child process: another
 * program holds SQLite's write lock far longer than the store's 5 s wait. Tracking goes on, the person is told plainly,
 * and every rep printed is stored afterwards; a SIGKILL during the lock still loses no rep that was printed.
 */
class SessionBusyIT {
    private static final int LOOPS = 3;
    private static final long LOCK_MS = 30_000;
    private static final Pattern TOTALS = Pattern.compile("reps: left hand (\\d+), right hand (\\d+)");

    @TempDir
    Path dir;
    private Path video;
    private String data;
    private Path db;

    @BeforeEach
    void longVideoAndAProfile() throws Exception {
        video = dir.resolve("long.mp4");
        LoopedVideo.write(SharedMedia.media("videos/two_hands_open_close_5fps.mp4"), video, LOOPS);
        data = dir.resolve("data").toString();
        db = dir.resolve("data/history.db");
        assertEquals(0, JarRun.run("profile", "add", "Ann", "--affected", "right", "--data-dir", data).exitCode);
    }

    @Test
    void aLockHeldForThirtySecondsMidSessionIsToldPlainlyAndEveryRepPrintedIsStoredAfterwards() throws Exception {
        SessionChild child = SessionChild.start("session", "--profile", "Ann", "--source", video.toString(),
                "--data-dir", data);
        assertTrue(child.await(() -> SessionChild.repsInDatabase(db) >= 2, 300_000), "reps stored before the lock: "
                + child.out + child.err);
        int beforeLock = child.printedReps().size();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = other.createStatement()) {
            st.execute("BEGIN EXCLUSIVE");
            long lockedAt = System.nanoTime();
            assertTrue(child.await(() -> child.errContains(StorageTrouble.BUSY.sentence()), LOCK_MS),
                    "the person is told the history file is busy: " + child.err);
            assertTrue(child.process.isAlive(), "the session goes on while the file is busy");
            Thread.sleep(Math.max(0, LOCK_MS - (System.nanoTime() - lockedAt) / 1_000_000));
            assertTrue(child.printedReps().size() <= beforeLock + 1,
                    "no rep is reported stored while the file is locked (one may have committed as the lock came)");
            st.execute("ROLLBACK");
        }
        assertEquals(0, child.waitFor(600_000), "the session ends normally: " + child.err);

        Set<String> printed = child.printedReps();
        Set<String> stored = SessionChild.storedReps(db);
        assertEquals(printed, stored, "every rep printed is stored, and every rep stored was printed");
        Matcher totals = TOTALS.matcher(String.join("\n", child.out));
        assertTrue(totals.find(), "the summary is printed: " + child.out);
        assertEquals(Integer.parseInt(totals.group(1)) + Integer.parseInt(totals.group(2)), stored.size(),
                "the summary's counts are the stored reps");
        assertTrue(stored.size() > beforeLock, "reps counted during the lock were stored after it");
        assertTrue(child.errContains("Saving works again"), "the person is told when saving works again: " + child.err);
        assertNoSqliteWords(child);
        try (SqliteSessionStore store = SqliteSessionStore.open(db)) {
            assertEquals(SessionStatus.COMPLETED, store.session(1).orElseThrow().status(), "closed properly");
        }
        System.out.printf("busy test: %d reps stored before the lock, %d in all%n", beforeLock, stored.size());
    }

    @Test
    void killingTheSessionWhileTheFileIsBusyLosesNoRepItHadPrinted() throws Exception {
        SessionChild child = SessionChild.start("session", "--profile", "Ann", "--source", video.toString(),
                "--data-dir", data);
        assertTrue(child.await(() -> SessionChild.repsInDatabase(db) >= 2, 300_000), "reps stored before the lock: "
                + child.out + child.err);
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = other.createStatement()) {
            st.execute("BEGIN EXCLUSIVE");
            assertTrue(child.await(() -> child.errContains(StorageTrouble.BUSY.sentence()), LOCK_MS),
                    "the person is told the history file is busy: " + child.err);
            child.kill();
            st.execute("ROLLBACK");
        }
        assertFalse(child.process.isAlive());
        Set<String> printed = child.printedReps();
        Set<String> stored = SessionChild.storedReps(db);
        assertTrue(stored.containsAll(printed), "printed " + printed + " but stored " + stored);
        assertNoSqliteWords(child);
        try (SqliteSessionStore store = SqliteSessionStore.open(db)) {
            assertEquals(1, store.interruptedAtOpen());
            assertEquals(SessionStatus.INTERRUPTED, store.session(1).orElseThrow().status());
        }
    }

    static void assertNoSqliteWords(SessionChild child) {
        for (String line : child.out) {
            assertFalse(line.toUpperCase().contains("SQLITE"), "raw SQLite text reached the user: " + line);
        }
        for (String line : child.err) {
            assertFalse(line.toUpperCase().contains("SQLITE"), "raw SQLite text reached the user: " + line);
        }
    }
}
