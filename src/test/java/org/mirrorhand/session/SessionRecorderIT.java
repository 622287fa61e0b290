package org.mirrorhand.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.capture.Frame;
import org.mirrorhand.capture.VideoFile;
import org.mirrorhand.history.Profile;
import org.mirrorhand.history.RepRecord;
import org.mirrorhand.history.RomMeasurement;
import org.mirrorhand.history.SessionMode;
import org.mirrorhand.history.SessionStatus;
import org.mirrorhand.history.Side;
import org.mirrorhand.history.SqliteSessionStore;
import org.mirrorhand.pose.HandPose;
import org.mirrorhand.pose.HandPoseEngines;
import org.mirrorhand.pose.HandPoseEstimator;
import org.mirrorhand.pose.PoseOptions;
import org.mirrorhand.testing.SharedMedia;

/** The recorder on real poses: the pose engine's output for a real video of two hands opening and closing three times. */
class SessionRecorderIT {
    private record Timed(double ms, List<HandPose> hands) {
    }

    private static final List<Timed> FRAMES = new ArrayList<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void estimatePoses() {
        Path video = SharedMedia.media("videos/two_hands_open_close_5fps.mp4");
        try (VideoFile v = VideoFile.open(video); HandPoseEstimator pose = HandPoseEngines.open(PoseOptions.DEFAULTS)) {
            for (Optional<Frame> f = v.next(); f.isPresent(); f = v.next()) {
                FRAMES.add(new Timed(f.get().timestampMs(), pose.track(f.get().image(), f.get().timestampMs())));
            }
        }
    }

    private SessionResult record(SqliteSessionStore store, Profile p, SessionRecorder.View view, List<Integer> dbCounts) {
        SessionRecorder r = SessionRecorder.start(store, p, SessionMode.MEASURE, p.affectedSide(), "video", Instant.now(),
                view, null);
        int total = 0;
        for (Timed t : FRAMES) {
            List<RepRecord> counted = r.accept(t.ms(), t.hands());
            if (!counted.isEmpty()) {
                total += counted.size();
                awaitSaved(r);
                // Read through a separate connection, as another process would after a crash.
                dbCounts.add(countReps(store.file()) - total);
            }
        }
        SessionResult result = r.finish();
        awaitSaved(r);
        return result;
    }

    private static void awaitSaved(SessionRecorder r) {
        try {
            assertTrue(r.writer().orElseThrow().awaitSaved(10_000), "the writer thread saved what was counted");
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void eachRepCountedIsInTheDatabaseOnceItsWriterCatchesUpAndCompletedWhenTheHandCloses() {
        try (SqliteSessionStore store = SqliteSessionStore.open(dir.resolve("h.db"))) {
            Profile ann = store.addProfile("Ann", Side.LEFT);
            List<Integer> missing = new ArrayList<>();
            SessionResult result = record(store, ann, SessionRecorder.View.CAMERA, missing);
            assertFalse(missing.isEmpty());
            assertTrue(missing.stream().allMatch(m -> m == 0), "reps not in the database after the writer caught up: " + missing);
            assertEquals(3, result.repCount(Side.LEFT));
            assertEquals(3, result.repCount(Side.RIGHT));
            List<RepRecord> stored = store.reps(result.sessionId());
            assertEquals(6, stored.size());
            for (Side s : Side.values()) {
                List<RepRecord> hand = stored.stream().filter(r -> r.hand() == s).toList();
                assertEquals(List.of(1, 2, 3), hand.stream().map(RepRecord::number).toList());
                // The first two reps closed again before the video ended: their end comes after their opening.
                assertTrue(hand.get(0).endMs() > hand.get(0).openMs() && hand.get(1).endMs() > hand.get(1).openMs(),
                        hand.toString());
                assertTrue(hand.get(0).peakExtensionDeg().index() > 120, hand.get(0).toString());
            }
            assertEquals(SessionStatus.COMPLETED, store.session(result.sessionId()).orElseThrow().status());
            assertEquals(2, store.rom(result.sessionId()).size());
            RomMeasurement left = result.rom().stream().filter(m -> m.hand() == Side.LEFT).findFirst().orElseThrow();
            assertTrue(left.openingRangeDeg() > 60, left.toString());
            assertTrue(left.tamDeg().index() > 100 && left.tamDeg().index() < 300, left.toString());
            assertTrue(result.durationMs() >= 14_000 && result.durationMs() <= 16_000, "" + result.durationMs());
        }
    }

    @Test
    void aSelfieViewSwapsWhichHandIsWhich() {
        try (SqliteSessionStore store = SqliteSessionStore.open(dir.resolve("h.db"))) {
            Profile ann = store.addProfile("Ann", Side.LEFT);
            SessionResult camera = record(store, ann, SessionRecorder.View.CAMERA, new ArrayList<>());
            SessionResult selfie = record(store, ann, SessionRecorder.View.SELFIE, new ArrayList<>());
            RomMeasurement cameraLeft = camera.rom().stream().filter(m -> m.hand() == Side.LEFT).findFirst().orElseThrow();
            RomMeasurement selfieRight = selfie.rom().stream().filter(m -> m.hand() == Side.RIGHT).findFirst()
                    .orElseThrow();
            assertEquals(cameraLeft.openingRangeDeg(), selfieRight.openingRangeDeg(), 1e-9);
            assertEquals(cameraLeft.tamDeg(), selfieRight.tamDeg());
        }
    }

    private static int countReps(Path db) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM rep")) {
            rs.next();
            return rs.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }
}
