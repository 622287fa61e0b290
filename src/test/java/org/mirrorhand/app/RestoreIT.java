package org.mirrorhand.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.testing.SharedMedia;

/**
 * `database restore` and `database backups` through the packaged program: only a real MirrorHand history is taken,
 * the user sees what it holds before anything changes, and nothing is swapped under another MirrorHand that has the
 * history open (a second, real process holds it).
 */
class RestoreIT {
    @TempDir
    Path dir;
    private String data;

    @BeforeEach
    void aHistoryWithAProfile() throws Exception {
        data = dir.resolve("data").toString();
        assertEquals(0, ChildRun.run("profile", "add", "Ann", "--affected", "right", "--data-dir", data).exit());
    }

    private List<String> profiles() throws Exception {
        ChildRun list = ChildRun.run("profile", "list", "--data-dir", data);
        assertEquals(0, list.exit(), list.toString());
        return list.out().lines().map(l -> l.split("\t")[0]).toList();
    }

    @Test
    void aFileThatIsNotAMirrorHandHistoryIsRefusedAndTheHistoryStays() throws Exception {
        Path text = Files.writeString(dir.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");
        ChildRun run = ChildRun.run("database", "restore", text.toString(), "--yes", "--data-dir", data);
        assertEquals(1, run.exit(), run.toString());
        assertEquals(List.of("mirrorhand: " + text + " is not a MirrorHand history that this program can use (it is "
                + "not an SQLite database); nothing was changed"), run.errorLines());
        assertEquals(List.of("Ann"), profiles());
        try (var files = Files.list(dir.resolve("data"))) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains("set-aside")), "nothing was set aside");
        }
    }

    @Test
    void restoreShowsWhatTheBackupHoldsAndChangesNothingWithoutYes() throws Exception {
        assertEquals(0, ChildRun.run("profile", "list", "--data-dir", data).exit());   // the day's backup: Ann
        assertEquals(0, ChildRun.run("profile", "add", "Bo", "--affected", "left", "--data-dir", data).exit());

        ChildRun backups = ChildRun.run("database", "backups", "--data-dir", data);
        assertEquals(0, backups.exit(), backups.toString());
        assertTrue(backups.out().contains(LocalDate.now() + ": 1 profile (Ann), 0 sessions"), backups.toString());

        ChildRun asked = ChildRun.run("database", "restore", "--data-dir", data);
        assertEquals(1, asked.exit(), asked.toString());
        assertTrue(asked.out().contains("holds 1 profile (Ann), 0 sessions"), asked.toString());
        assertTrue(asked.out().contains("The history in use") && asked.out().contains("2 profiles (Ann, Bo)"),
                asked.toString());
        assertTrue(asked.err().contains("add --yes"), asked.toString());
        assertEquals(List.of("Ann", "Bo"), profiles());

        ChildRun done = ChildRun.run("database", "restore", "--yes", "--data-dir", data);
        assertEquals(0, done.exit(), done.toString());
        assertTrue(done.out().contains("The previous history is kept as"), done.toString());
        assertEquals(List.of("Ann"), profiles());
    }

    @Test
    void restoreIsRefusedWhileAnotherMirrorHandHasTheHistoryOpen() throws Exception {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "skipped: needs a named pipe (mkfifo)");
        assertEquals(0, ChildRun.run("profile", "list", "--data-dir", data).exit());   // the day's backup
        // `import` opens the history, then reads its file: from a named pipe it waits there, history open.
        Path pipe = dir.resolve("pipe.json");
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor());
        Process holder = new ProcessBuilder(ChildRun.command(null, List.of(), "import", pipe.toString(), "--data-dir",
                data)).redirectErrorStream(true).redirectOutput(dir.resolve("holder.txt").toFile()).start();
        try {
            waitForOpenHistory(holder);
            ChildRun run = ChildRun.run("database", "restore", "--yes", "--data-dir", data);
            assertEquals(1, run.exit(), run.toString());
            assertTrue(run.err().contains("MirrorHand is using the history right now"), run.toString());
            ChildRun fresh = ChildRun.run("database", "start-fresh", "--data-dir", data);
            assertEquals(1, fresh.exit(), fresh.toString());
        } finally {
            try (OutputStream w = Files.newOutputStream(pipe)) {
                w.write("{}".getBytes(StandardCharsets.UTF_8));   // lets the holder finish (it refuses the file)
            }
            assertTrue(holder.waitFor(60, TimeUnit.SECONDS));
        }
        ChildRun after = ChildRun.run("database", "restore", "--yes", "--data-dir", data);
        assertEquals(0, after.exit(), "once nobody has it open, restore works\n" + after);
    }

    @Test
    void restoreIsRefusedWhileASessionIsRecordingAndTheSessionStaysInTheHistory() throws Exception {
        Path clip = SharedMedia.media("videos/two_hands_open_close_5fps.mp4");
        Path video = dir.resolve("long.mp4");
        boolean looped = new ProcessBuilder("ffmpeg", "-v", "error", "-stream_loop", "4", "-i", clip.toString(), "-c",
                "copy", video.toString()).inheritIO().start().waitFor() == 0;
        assumeTrue(looped, "skipped: ffmpeg could not make the long test video");
        assertEquals(0, ChildRun.run("profile", "list", "--data-dir", data).exit());   // the day's backup
        Path printed = dir.resolve("session.txt");
        Process session = new ProcessBuilder(ChildRun.command(null, List.of(), "session", "--profile", "Ann",
                "--source", video.toString(), "--data-dir", data)).redirectErrorStream(true)
                .redirectOutput(printed.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (!Files.readString(printed).contains("rep 1 ")) {
            if (!session.isAlive() || System.nanoTime() > deadline) {
                session.destroyForcibly();
                fail("the session stored no rep: " + Files.readString(printed));
            }
            Thread.sleep(100);
        }

        ChildRun run = ChildRun.run("database", "restore", "--yes", "--data-dir", data);

        boolean stillRecording = session.isAlive();
        session.destroyForcibly();   // no need to watch the whole video: what it stored so far must stay
        assertTrue(session.waitFor(30, TimeUnit.SECONDS));
        assertTrue(stillRecording, "the session had ended before restore ran; the test proves nothing");
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.err().contains("MirrorHand is using the history right now"), run.toString());
        ChildRun report = ChildRun.run("report", "--profile", "Ann", "--csv", dir.resolve("csv").toString(),
                "--data-dir", data);
        assertTrue(report.out().contains(": 1 sessions"), "the recorded session is in the history\n" + report);
    }

    /** The holder has the database open once SQLite has made its WAL file. */
    private void waitForOpenHistory(Process holder) throws Exception {
        Path wal = dir.resolve("data/history.db-wal");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(wal)) {
            if (!holder.isAlive() || System.nanoTime() > deadline) {
                fail("the holder never opened the history: " + Files.readString(dir.resolve("holder.txt")));
            }
            Thread.sleep(50);
        }
    }

    @Test
    void onDayOneTheBackupAfterTheFirstSessionHoldsItAndRestoresIt() throws Exception {
        Path video = SharedMedia.media("videos/open_palm_steady.mp4");
        ChildRun session = ChildRun.run("session", "--profile", "Ann", "--source", video.toString(), "--data-dir", data);
        assertEquals(0, session.exit(), session.toString());
        ChildRun backups = ChildRun.run("database", "backups", "--data-dir", data);
        assertTrue(backups.out().contains(LocalDate.now() + ": 1 profile (Ann), 1 session, newest session "
                + LocalDate.now()), backups.toString());

        assertEquals(0, ChildRun.run("database", "start-fresh", "--data-dir", data).exit());
        ChildRun restore = ChildRun.run("database", "restore", "--yes", "--data-dir", data);
        assertEquals(0, restore.exit(), restore.toString());
        ChildRun report = ChildRun.run("report", "--profile", "Ann", "--csv", dir.resolve("csv").toString(),
                "--data-dir", data);
        assertEquals(0, report.exit(), report.toString());
        assertTrue(report.out().contains(": 1 sessions"), report.toString());
    }
}
