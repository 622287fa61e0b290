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
    void aSessionWithNoHandIsStoredWithItsDurationAndNoRepsOrRom() throws InterruptedException {
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
            assertEquals(9990, s.durationMs(), "frame time from the first frame, not the wall clock");
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
                r.accept(i * 50.0, List.of());
            }
            assertTrue(r.writer().orElseThrow().awaitSaved(10_000));
            long stored = store.session(r.sessionId()).orElseThrow().durationMs();
            assertTrue(stored >= 4000 && stored <= 5000, "duration written within a second of frame time: " + stored);
        }
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
