package org.mirrorhand.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.history.SessionRecord;
import org.mirrorhand.history.SessionStatus;
import org.mirrorhand.history.SqliteSessionStore;
import org.mirrorhand.testing.JarRun;
import org.mirrorhand.testing.SharedMedia;

/**
 * Crash safety with a real child process: `session` runs on a long video (the two-hands clip looped), is killed with
 * SIGKILL once the database holds some reps, and every rep it had printed as stored must be in the database; the next
 * open marks the session interrupted and keeps its reps.
 */
class SessionKillIT {
    private static final Pattern REP = Pattern.compile("^rep (\\d+) (left|right) hand");
    private static final int LOOPS = 5;

    @TempDir
    Path dir;

    @Test
    void killingARunningSessionLosesNoRepItHadReportedAndMarksItInterrupted() throws Exception {
        Path clip = SharedMedia.media("videos/two_hands_open_close_5fps.mp4");
        Path video = dir.resolve("long.mp4");
        loop(clip, video, LOOPS);
        String data = dir.resolve("data").toString();
        assertEquals(0, JarRun.run("profile", "add", "Ann", "--affected", "right", "--data-dir", data).exitCode);

        Process child = new ProcessBuilder(JarRun.command("session", "--profile", "Ann", "--source", video.toString(),
                "--data-dir", data)).redirectError(dir.resolve("child-err.txt").toFile()).start();
        List<String> printed = Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    printed.add(line);
                }
            } catch (java.io.IOException ignored) {
                // The pipe closes when the child dies.
            }
        });
        reader.start();
        Path db = dir.resolve("data/history.db");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (repsInDatabase(db) < 4) {
            if (!child.isAlive()) {
                fail("the session ended before it could be killed: " + printed);
            }
            if (System.nanoTime() > deadline) {
                child.destroyForcibly();
                fail("no reps stored within 5 minutes: " + printed);
            }
            Thread.sleep(200);
        }
        child.destroyForcibly();   // SIGKILL on Linux: no shutdown hooks, no finally blocks
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        reader.join(10_000);
        assertTrue(child.exitValue() != 0, "killed, not finished");

        Set<String> reported = new HashSet<>();
        for (String line : printed) {
            Matcher m = REP.matcher(line);
            if (m.find()) {
                reported.add(m.group(2) + " " + m.group(1));
            }
        }
        assertTrue(reported.size() >= 1, "the child printed no reps: " + printed);
        assertTrue(reported.size() < 6 * LOOPS, "the child finished the whole video before the kill");
        Set<String> stored = storedReps(db);
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

    private static int repsInDatabase(Path db) throws Exception {
        if (!java.nio.file.Files.exists(db)) {
            return 0;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout = 2000");
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM rep")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        } catch (java.sql.SQLException notYet) {
            return 0;
        }
    }

    private static Set<String> storedReps(Path db) throws Exception {
        Set<String> out = new HashSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT hand, number FROM rep")) {
            while (rs.next()) {
                out.add(rs.getString(1).toLowerCase() + " " + rs.getInt(2));
            }
        }
        return out;
    }

    /** Writes {@code loops} copies of a clip one after another, so the session runs long enough to be killed. */
    private static void loop(Path clip, Path out, int loops) throws Exception {
        List<Frame> frames = new ArrayList<>();
        int width;
        int height;
        double fps;
        try (FFmpegFrameGrabber g = new FFmpegFrameGrabber(clip.toFile())) {
            g.start();
            width = g.getImageWidth();
            height = g.getImageHeight();
            fps = g.getFrameRate();
            for (Frame f = g.grabImage(); f != null; f = g.grabImage()) {
                frames.add(f.clone());
            }
            g.stop();
        }
        try (FFmpegFrameRecorder r = new FFmpegFrameRecorder(out.toFile(), width, height, 0)) {
            r.setFormat("mp4");
            r.setVideoCodec(avcodec.AV_CODEC_ID_H264);
            r.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            r.setFrameRate(fps);
            r.setVideoQuality(18);
            r.start();
            for (int i = 0; i < loops; i++) {
                for (Frame f : frames) {
                    r.record(f);
                }
            }
            r.stop();
        }
        for (Frame f : frames) {
            f.close();
        }
    }
}
