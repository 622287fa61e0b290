package org.mirrorhand.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.history.FingerValues;
import org.mirrorhand.history.Profile;
import org.mirrorhand.history.RepRecord;
import org.mirrorhand.history.RomMeasurement;
import org.mirrorhand.history.SessionMode;
import org.mirrorhand.history.SessionRecord;
import org.mirrorhand.history.SessionStatus;
import org.mirrorhand.history.Side;
import org.mirrorhand.history.SqliteSessionStore;
import org.mirrorhand.history.StorageTrouble;
import org.sqlite.SQLiteErrorCode;

/**
 * The store writer over a real SQLite file with failures injected at the store's seam, exactly as the store reports them:
 * reps wait in memory, the person is told plainly (never SQLite's own words), and everything is stored once the
 * history takes writes again.
 */
class StoreWriterTest {

    @TempDir
    Path dir;

    /** The real store, failing its next {@code failures} writes with {@code code}. */
    private static final class FailingWrites implements SessionWrites {
        final SessionWrites real;
        final Path file;
        final SQLiteErrorCode code;
        final AtomicInteger failures;

        FailingWrites(SqliteSessionStore store, SQLiteErrorCode code, int failures) {
            this.real = SessionWrites.of(store);
            this.file = store.file();
            this.code = code;
            this.failures = new AtomicInteger(failures);
        }

        private void maybeFail() {
            if (failures.getAndDecrement() > 0) {
                throw StorageTrouble.simulate(file, code);
            }
        }

        @Override
        public void keepMovement(long sessionId, List<double[]> frames) {
            maybeFail();
            real.keepMovement(sessionId, frames);
        }

        @Override
        public long addRep(long sessionId, RepRecord rep) {
            maybeFail();
            return real.addRep(sessionId, rep);
        }

        @Override
        public void completeRep(long sessionId, long repId, RepRecord rep) {
            maybeFail();
            real.completeRep(sessionId, repId, rep);
        }

        @Override
        public void updateDuration(long sessionId, long durationMs) {
            maybeFail();
            real.updateDuration(sessionId, durationMs);
        }

        @Override
        public void addRom(long sessionId, RomMeasurement rom) {
            maybeFail();
            real.addRom(sessionId, rom);
        }

        @Override
        public void finishSession(long sessionId, long durationMs, String endedEarly) {
            maybeFail();
            real.finishSession(sessionId, durationMs, endedEarly);
        }
    }

    /** What the person was told and which reps were reported stored, in order. */
    private static final class Heard implements StoreWriter.Listener {
        final List<Optional<String>> problems = new CopyOnWriteArrayList<>();
        final List<Integer> stored = new CopyOnWriteArrayList<>();

        @Override
        public void repStored(RepRecord rep) {
            stored.add(rep.number());
        }

        @Override
        public void storageProblem(Optional<String> sentence) {
            problems.add(sentence);
        }
    }

    @Test
    void aFullDiskKeepsTheRepsWaitingSaysSoPlainlyAndStoresThemAllOnceThereIsSpace() throws Exception {
        Result r = runWith(SQLiteErrorCode.SQLITE_FULL, 4);
        assertEquals(List.of(Optional.of(StorageTrouble.DISK_FULL.sentence()), Optional.empty()), r.heard.problems);
        assertTrue(r.heard.problems.get(0).orElseThrow().startsWith("The disk is full"));
        assertEquals(List.of(1, 2, 3), r.heard.stored, "each rep reported once, after it was stored, in order");
        assertEquals(List.of(1, 2, 3), r.storedNumbers);
        assertEquals(SessionStatus.COMPLETED, r.session.status(), "the session was closed properly");
        assertEquals(3000, r.session.durationMs());
    }

    @Test
    void aBusyHistoryFileIsNamedAsBusyAndNothingIsLost() throws Exception {
        Result r = runWith(SQLiteErrorCode.SQLITE_BUSY, 3);
        assertEquals(Optional.of("The history file is busy — practice goes on and is saved when it can be."),
                r.heard.problems.get(0));
        assertEquals(List.of(1, 2, 3), r.storedNumbers);
        assertEquals(SessionStatus.COMPLETED, r.session.status());
    }

    @Test
    void noSentenceTheWriterGivesCarriesSqlitesOwnWords() throws Exception {
        for (SQLiteErrorCode code : List.of(SQLiteErrorCode.SQLITE_FULL, SQLiteErrorCode.SQLITE_BUSY,
                SQLiteErrorCode.SQLITE_IOERR, SQLiteErrorCode.SQLITE_ERROR, SQLiteErrorCode.SQLITE_READONLY)) {
            String said = StorageTrouble.of(StorageTrouble.simulate(dir.resolve("h.db"), code)).sentence();
            assertFalse(said.toUpperCase().contains("SQLITE") || said.contains("["), code + " said: " + said);
            assertTrue(said.contains("practice goes on"), said);
        }
    }

    @Test
    void whileTheHistoryStaysFullTheWritesWaitAndGivingUpSaysHowManyWereNotSaved() throws Exception {
        try (SqliteSessionStore store = SqliteSessionStore.open(dir.resolve("h.db"))) {
            Profile ann = store.addProfile("Ann", Side.LEFT);
            SessionRecord s = store.startSession(ann, SessionMode.MIRROR, Side.LEFT, Instant.now(), "camera");
            StoreWriter w = new StoreWriter(new FailingWrites(store, SQLiteErrorCode.SQLITE_FULL, Integer.MAX_VALUE),
                    s.id(), new Heard());
            w.addRep(rep(1));
            w.finish(1000, null);
            assertFalse(w.awaitSaved(600), "nothing can be saved on a full disk");
            assertEquals(Optional.of(StorageTrouble.DISK_FULL.sentence()), w.problem());
            assertEquals(2, w.abandon(), "the rep and the session's end were never saved");
            assertTrue(store.reps(s.id()).isEmpty());
        }
    }

    @Test
    void theOwnMovementHeldUpByAFullDiskIsKeptOnceThereIsSpaceAfterTheSessionItselfIsSaved() throws Exception {
        try (SqliteSessionStore store = SqliteSessionStore.open(dir.resolve("h.db"))) {
            Profile ann = store.addProfile("Ann", Side.LEFT);
            SessionRecord s = store.startSession(ann, SessionMode.MIRROR, Side.LEFT, Instant.now(), "camera");
            FailingWrites writes = new FailingWrites(store, SQLiteErrorCode.SQLITE_FULL, 0);
            Heard heard = new Heard();
            StoreWriter w = new StoreWriter(writes, s.id(), heard);
            w.addRep(rep(1));
            assertTrue(w.awaitSaved(10_000));
            writes.failures.set(3);
            w.finish(1000, null, List.of(new double[63], new double[63]));
            assertTrue(w.awaitSaved(20_000), "the session's end and the movement saved once there was space");
            assertEquals(List.of(Optional.of(StorageTrouble.DISK_FULL.sentence()), Optional.empty()), heard.problems);
            assertEquals(SessionStatus.COMPLETED, store.session(s.id()).orElseThrow().status());
            assertEquals(1, store.reps(s.id()).size());
            assertEquals(2, store.ownMovement(ann).orElseThrow().frames().size(), "the movement is kept");
        }
    }

    private record Result(Heard heard, List<Integer> storedNumbers, SessionRecord session) {
    }

    private Result runWith(SQLiteErrorCode code, int failures) throws Exception {
        try (SqliteSessionStore store = SqliteSessionStore.open(dir.resolve("h.db"))) {
            Profile ann = store.addProfile("Ann", Side.LEFT);
            SessionRecord s = store.startSession(ann, SessionMode.MIRROR, Side.LEFT, Instant.now(), "camera");
            Heard heard = new Heard();
            StoreWriter w = new StoreWriter(new FailingWrites(store, code, failures), s.id(), heard);
            for (int i = 1; i <= 3; i++) {
                w.addRep(rep(i));
                w.completeRep(new RepRecord(i, Side.RIGHT, i * 1000L - 900, i * 1000L - 500, i * 1000L, 90,
                        new FingerValues(170, 170, 170, 170, 170), 200));
                w.updateDuration(i * 1000L);
            }
            w.finish(3000, null);
            assertTrue(w.awaitSaved(20_000), "everything saved once the store took writes again");
            assertEquals(0, w.waiting());
            assertTrue(w.problem().isEmpty(), "the problem is cleared once saving works");
            List<Integer> numbers = store.reps(s.id()).stream().map(RepRecord::number).toList();
            assertTrue(store.reps(s.id()).stream().allMatch(x -> x.holdMs() == 200), "completed reps replaced the first form");
            return new Result(heard, numbers, store.session(s.id()).orElseThrow());
        }
    }

    private static RepRecord rep(int number) {
        return new RepRecord(number, Side.RIGHT, number * 1000L - 900, number * 1000L - 500, number * 1000L - 500, 80,
                new FingerValues(160, 160, 160, 160, 160), 0);
    }
}
