package org.mirrorhand.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.history.Finger;
import org.mirrorhand.history.FingerValues;
import org.mirrorhand.history.Profile;
import org.mirrorhand.history.RepRecord;
import org.mirrorhand.history.SessionMode;
import org.mirrorhand.history.SessionRecord;
import org.mirrorhand.history.SessionStatus;
import org.mirrorhand.history.Side;
import org.mirrorhand.history.SqliteSessionStore;

class SessionRecorderTest {
    @TempDir
    Path dir;

    @Test
    void aSessionWithNoHandIsStoredWithNoPracticeTimeAndNoRepsOrRom() throws InterruptedException {
        try (SqliteSessionStore store = SqliteSessionStore.open(dir.resolve("h.db"))) {
            Profile ann = store.addProfile("Ann", Side.RIGHT);
            SessionRecorder r = SessionRecorder.start(store, ann, SessionMode.MIRROR, Side.RIGHT, "camera",
                    Instant.now(), SessionRecorder.View.SELFIE, null);
            for (int i = 0; i <= 300; i++) {
                assertTrue(r.accept(5000 + i * 33.3, List.of()).isEmpty());
            }
            SessionResult result = r.finish();
            assertTrue(r.writer().orElseThrow().awaitSaved(10_000), "the writer saved the session");
            SessionRecord s = store.session(result.sessionId()).orElseThrow();
            assertEquals(SessionStatus.COMPLETED, s.status());
            assertEquals(0, s.durationMs(), "practice time counts only while a hand is in view");
            assertTrue(store.reps(s.id()).isEmpty());
            assertTrue(store.rom(s.id()).isEmpty());
            assertThrows(IllegalStateException.class, () -> r.accept(20_000, List.of()));
        }
    }

    @Test
    void aRunningSessionKeepsItsDurationCurrentForACrash() throws InterruptedException {
        try (SqliteSessionStore store = SqliteSessionStore.open(dir.resolve("h.db"))) {
            Profile ann = store.addProfile("Ann", Side.RIGHT);
            SessionRecorder r = SessionRecorder.start(store, ann, SessionMode.MIRROR, Side.RIGHT, "camera",
                    Instant.now(), SessionRecorder.View.SELFIE, null);
            for (int i = 0; i <= 100; i++) {
                r.accept(i * 50.0, List.of(stillHand()));
            }
            assertTrue(r.writer().orElseThrow().awaitSaved(10_000));
            long stored = store.session(r.sessionId()).orElseThrow().durationMs();
            assertTrue(stored >= 4000 && stored <= 5000, "duration written within a second of frame time: " + stored);
        }
    }

    @Test
    void theStoredDurationLeavesOutTheTimeTheHandWasAwayAndThePauseShowsMeanwhile() throws InterruptedException {
        try (SqliteSessionStore store = SqliteSessionStore.open(dir.resolve("h.db"))) {
            Profile ann = store.addProfile("Ann", Side.RIGHT);
            SessionRecorder r = SessionRecorder.start(store, ann, SessionMode.MIRROR, Side.RIGHT, "camera",
                    Instant.now(), SessionRecorder.View.SELFIE, null);
            double t = 0;
            for (; t < 5000; t += 50) {
                r.accept(t, List.of(stillHand()));
            }
            for (; t < 20_000; t += 50) {
                r.accept(t, List.of());
            }
            assertTrue(r.paused(), "no hand for 15 s: paused");
            for (; t <= 25_000; t += 50) {
                r.accept(t, List.of(stillHand()));
            }
            assertTrue(!r.paused());
            SessionResult result = r.finish();
            assertTrue(r.writer().orElseThrow().awaitSaved(10_000));
            long stored = store.session(result.sessionId()).orElseThrow().durationMs();
            assertEquals(10_000, stored, 100, "5 s, then 15 s away (not counted), then 5 s");
        }
    }

    /** An open hand held still in the middle of the picture. */
    private static org.mirrorhand.pose.HandPose stillHand() {
        List<org.mirrorhand.pose.Landmark> lm = new java.util.ArrayList<>();
        for (int i = 0; i < 21; i++) {
            lm.add(new org.mirrorhand.pose.Landmark(0.5 + (i % 5 - 2) * 0.03, 0.7 - i * 0.015, 0));
        }
        return new org.mirrorhand.pose.HandPose("Right", 0.95, 0.99, lm, lm);
    }

    @Test
    void extensionAngleIs180MinusTheSummedDeficitsOfTheTamJoints() {
        FingerValues v = ExtensionAngles.of(Map.of(
                "thumb", Map.of("cmc", 40.0, "mcp", 10.0, "ip", -5.0),
                "index", Map.of("mcp", 20.0, "pip", 15.0, "dip", 5.0),
                "middle", Map.of("mcp", 20.0, "pip", 15.0)));
        assertEquals(170, v.thumb(), 1e-9, "CMC is not a TAM joint and hyperextension is no deficit");
        assertEquals(140, v.index(), 1e-9);
        assertTrue(Double.isNaN(v.middle()), "a joint never measured leaves the finger unmeasured");
        assertTrue(Double.isNaN(v.little()));
    }

    @Test
    void theUncertaintyIsTheRepToRepSpreadOnceThereAreThreeReps() {
        List<RepRecord> two = List.of(rep(150), rep(160));
        assertEquals(0, RomFromMetrics.spread(two, Finger.INDEX), 1e-9);
        List<RepRecord> three = List.of(rep(150), rep(160), rep(170));
        assertEquals(10, RomFromMetrics.spread(three, Finger.INDEX), 1e-9);
    }

    private static RepRecord rep(double index) {
        return new RepRecord(1, Side.LEFT, 0, 1, 2, 80, new FingerValues(Double.NaN, index, 0, 0, 0), 0);
    }
}
