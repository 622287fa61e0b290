package org.mirrorhand.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
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
 * A real full disk during a session: the history lives on a small tmpfs the test mounts (root on Linux only; otherwise
 * skipped with a message, and {@link StoreWriterTest} still covers it with the failure injected at the store). The disk
 * fills after the session started; the session goes on and says so plainly; once space is freed every rep is stored.
 */
class SessionFullDiskIT {

    @TempDir
    Path dir;
    private Path mount;

    @AfterEach
    void unmount() throws Exception {
        if (mount != null) {
            run("umount", "-l", mount.toString());
        }
    }

    @Test
    void aDiskThatFillsMidSessionKeepsTheRepsWaitingAndStoresThemOnceSpaceIsFree() throws Exception {
        mount = dir.resolve("small-disk");
        Files.createDirectories(mount);
        boolean mounted = System.getProperty("os.name").toLowerCase().contains("linux")
                && run("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", mount.toString()) == 0;
        if (!mounted) {
            mount = null;
        }
        assumeTrue(mounted, "skipped: mounting a small tmpfs needs root on Linux; StoreWriterTest covers a full disk"
                + " with the SQLite error injected at the store");
        Path video = dir.resolve("long.mp4");
        LoopedVideo.write(SharedMedia.media("videos/two_hands_open_close_5fps.mp4"), video, 2);
        String data = mount.resolve("data").toString();
        Path db = mount.resolve("data/history.db");
        assertEquals(0, JarRun.run("profile", "add", "Ann", "--affected", "right", "--data-dir", data).exitCode);

        SessionChild child = SessionChild.start("session", "--profile", "Ann", "--source", video.toString(),
                "--data-dir", data);
        assertTrue(child.await(() -> child.out.stream().anyMatch(l -> l.startsWith("Session ")), 120_000),
                "the session started: " + child.out + child.err);
        Path filler = mount.resolve("filler");
        fill(filler);
        assertTrue(child.await(() -> child.errContains(StorageTrouble.DISK_FULL.sentence()), 300_000),
                "the person is told the disk is full: " + child.err);
        assertTrue(child.process.isAlive(), "the session goes on with the disk full");
        Files.delete(filler);
        assertEquals(0, child.waitFor(600_000), "the session ends normally once there is space: " + child.err);

        Set<String> printed = child.printedReps();
        Set<String> stored = SessionChild.storedReps(db);
        assertEquals(printed, stored, "every rep printed is stored");
        assertTrue(child.out.stream().anyMatch(l -> l.contains("reps: left hand " + count(stored, "left")
                + ", right hand " + count(stored, "right"))), "the summary's counts are the stored reps: " + child.out);
        SessionBusyIT.assertNoSqliteWords(child);
        try (SqliteSessionStore store = SqliteSessionStore.open(db)) {
            assertEquals(SessionStatus.COMPLETED, store.session(1).orElseThrow().status(), "closed properly");
        }
    }

    private static long count(Set<String> reps, String hand) {
        return reps.stream().filter(r -> r.startsWith(hand + " ")).count();
    }

    /** Writes zeros until the file system has no space left. */
    private static void fill(Path filler) {
        byte[] chunk = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(chunk);
            }
        } catch (IOException full) {
            // No space left: that is the point.
        }
    }

    private static int run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }
}
