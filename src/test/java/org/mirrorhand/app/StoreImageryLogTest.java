package org.mirrorhand.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.history.ImageryEntry;
import org.mirrorhand.history.Profile;
import org.mirrorhand.history.SessionMode;
import org.mirrorhand.history.Side;
import org.mirrorhand.history.SqliteSessionStore;
import org.mirrorhand.history.StoredSession;
import org.mirrorhand.imagery.ImagerySession;

/** Guided-imagery listening reaches the real session database as an imagery session with its minutes and rating. */
class StoreImageryLogTest {
    @TempDir
    Path dir;

    @Test
    void savesMinutesListenedAndVividnessAsAnImagerySessionOfTheChosenPerson() throws IOException {
        Path db = dir.resolve("history.db");
        Instant start = Instant.parse("2026-11-20T21:30:00Z");
        try (SqliteSessionStore store = SqliteSessionStore.open(db)) {
            store.addProfile("Ann", Side.LEFT);
            new StoreImageryLog(store, () -> "Ann").record(new ImagerySession("bedtime-relax-and-open",
                    "Bedtime: relax and open", start, Duration.ofMinutes(18).plusSeconds(30), OptionalInt.of(4), true));
            new StoreImageryLog(store, () -> "Ann").record(new ImagerySession("warm-up", "Warm-up",
                    start.plusSeconds(86_400), Duration.ofMinutes(5), OptionalInt.empty(), true));
        }
        try (SqliteSessionStore reopened = SqliteSessionStore.open(db)) {
            Profile ann = reopened.requireProfile("Ann");
            List<StoredSession> sessions = reopened.wholeHistory(ann, ZoneOffset.UTC).sessions();
            assertEquals(2, sessions.size());
            StoredSession bedtime = sessions.get(0);
            assertEquals(SessionMode.IMAGERY, bedtime.session().mode());
            ImageryEntry entry = bedtime.imagery();
            assertEquals(18.5, entry.minutes(), 0.01);
            assertEquals(4, entry.vividness());
            assertTrue(bedtime.reps().isEmpty());
            assertNull(sessions.get(1).imagery().vividness(), "no rating given stays no rating, not a made-up one");
        }
    }

    @Test
    void refusesPlainlyWhenNobodyIsChosen() throws IOException {
        try (SqliteSessionStore store = SqliteSessionStore.open(dir.resolve("history.db"))) {
            StoreImageryLog log = new StoreImageryLog(store, () -> null);
            IOException e = assertThrows(IOException.class, () -> log.record(new ImagerySession("warm-up", "Warm-up",
                    Instant.now(), Duration.ofMinutes(5), OptionalInt.empty(), true)));
            assertTrue(e.getMessage().contains("choose a person"), e.getMessage());
        }
    }
}
