package org.mirrorhand.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The person's own movement in a real history file: kept, replaced, exported, imported, refused when damaged. */
class OwnMovementStoreTest {

    private static final Instant START = Instant.parse("2026-12-02T09:30:00Z");

    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("history.db");
    }

    /** {@code n} frames whose values say which frame and landmark they are (all within a hand's few centimetres). */
    static List<double[]> frames(int n, double scale) {
        List<double[]> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            double[] f = new double[63];
            for (int v = 0; v < 63; v++) {
                f[v] = scale * (0.001 * v - 0.0003 * k);
            }
            out.add(f);
        }
        return out;
    }

    private static long finishedSession(SqliteSessionStore store, Profile p, Instant start) {
        SessionRecord s = store.startSession(p, SessionMode.MIRROR, Side.LEFT, start, "camera");
        store.finishSession(s.id(), 60_000);
        return s.id();
    }

    @Test
    void aKeptMovementIsReadBackExactlyAfterReopeningAndReplacesTheOneBefore() {
        try (SqliteSessionStore store = SqliteSessionStore.open(db())) {
            Profile ann = store.addProfile("Ann", Side.LEFT);
            assertTrue(store.ownMovement(ann).isEmpty(), "none until a session keeps one");
            store.keepMovement(finishedSession(store, ann, START), frames(48, 1));
            store.keepMovement(finishedSession(store, ann, START.plusSeconds(86_400)), frames(40, 2));
        }
        try (SqliteSessionStore store = SqliteSessionStore.open(db())) {
            OwnMovement m = store.ownMovement(store.requireProfile("Ann")).orElseThrow();
            assertEquals(START.plusSeconds(86_400), m.recorded());
            assertEquals(40, m.frames().size(), "one movement per person: the newer replaced the older");
            for (int k = 0; k < 40; k++) {
                assertArrayEquals(frames(40, 2).get(k), m.frames().get(k), 0.0);
            }
        }
    }

    @Test
    void aMovementThatIsNoHandIsRefusedAndTheOldOneKept() {
        try (SqliteSessionStore store = SqliteSessionStore.open(db())) {
            Profile ann = store.addProfile("Ann", Side.LEFT);
            long first = finishedSession(store, ann, START);
            store.keepMovement(first, frames(48, 1));
            List<double[]> far = frames(48, 1);
            far.get(7)[5] = 3.0;
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> store.keepMovement(finishedSession(store, ann, START.plusSeconds(60)), far));
            assertTrue(e.getMessage().contains("frame 8"), e.getMessage());
            assertEquals(START, store.ownMovement(ann).orElseThrow().recorded(), "the old movement is kept");
        }
    }

    @Test
    void aMovementTravelsThroughExportAndImport() {
        Path file = dir.resolve("ann.json");
        try (SqliteSessionStore store = SqliteSessionStore.open(db())) {
            Profile ann = store.importHistory(SampleHistory.weeks("Ann", LocalDate.of(2026, 1, 5), 1, 3), "Ann");
            store.keepMovement(finishedSession(store, ann, START), frames(48, 1));
            HistoryArchive.export(store, ann, file, SafeOutput.replacing(false));
            Profile copy = HistoryArchive.importInto(store, file, "Ann at clinic");
            OwnMovement m = store.ownMovement(copy).orElseThrow();
            assertEquals(START, m.recorded());
            for (int k = 0; k < 48; k++) {
                assertArrayEquals(frames(48, 1).get(k), m.frames().get(k), 0.0, "frame " + k);
            }
        }
    }

    @Test
    void anExportWithADamagedMovementIsRefusedWholeAndOneFromBeforeMovementsImportsWithNone() throws Exception {
        Path file = dir.resolve("ann.json");
        try (SqliteSessionStore store = SqliteSessionStore.open(db())) {
            Profile ann = store.importHistory(SampleHistory.weeks("Ann", LocalDate.of(2026, 1, 5), 1, 2), "Ann");
            store.keepMovement(finishedSession(store, ann, START), frames(3, 1));
            HistoryArchive.export(store, ann, file, SafeOutput.replacing(false));
            String json = Files.readString(file);
            assertTrue(json.contains("\"ownMovement\""), "the movement is in the file");

            // One number of the last frame cut off, as a damaged copy might have it.
            Files.writeString(file, json.replaceFirst("(?s)(\"frames\"\\s*:.*),\\s*-?[0-9.Ee-]+\\s*\\]\\s*\\]",
                    "$1 ] ]"));
            HistoryException e = assertThrows(HistoryException.class,
                    () -> HistoryArchive.importInto(store, file, "Ann 2"));
            assertTrue(e.getMessage().contains("frame 3 of the recorded movement has 62 numbers, not 63"),
                    e.getMessage());
            assertEquals(1, store.profiles().size(), "nothing was imported");

            Files.writeString(file, json.replaceAll("(?s),\\s*\"ownMovement\"\\s*:\\s*\\{.*\\}\\s*\\}\\s*$", "\n}"));
            assertFalse(Files.readString(file).contains("ownMovement"), "an export from before movements were kept");
            Profile old = HistoryArchive.importInto(store, file, "Ann 3");
            assertTrue(store.ownMovement(old).isEmpty());
        }
    }

    @Test
    void anUpgradedVersion2DatabaseHasNoMovementUntilASessionKeepsOne() throws Exception {
        try (var in = getClass().getResourceAsStream("/history/schema-v2.db")) {
            Files.copy(in, db());
        }
        try (SqliteSessionStore store = SqliteSessionStore.open(db())) {
            assertEquals(Schema.CURRENT, store.schemaVersion());
            Profile ann = store.requireProfile("Ann");
            assertTrue(store.ownMovement(ann).isEmpty());
            store.keepMovement(finishedSession(store, ann, START), frames(48, 1));
            assertEquals(48, store.ownMovement(ann).orElseThrow().frames().size());
        }
    }

    @Test
    void theDatabaseRefusesAMovementWhoseLandmarksDoNotFillItsFrames() throws Exception {
        try (SqliteSessionStore store = SqliteSessionStore.open(db())) {
            store.addProfile("Ann", Side.LEFT);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db()); Statement st = c.createStatement()) {
            assertThrows(java.sql.SQLException.class, () -> st.execute(
                    "INSERT INTO movement(profile_id, recorded_ms, frames, landmarks) VALUES (1, 0, 2, zeroblob(100))"));
        }
    }
}
