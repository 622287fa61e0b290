package org.mirrorhand.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups on a real SQLite file: taken when a session ends, from the live WAL database, with what they hold. */
class BackupsTest {
    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("history.db");
    }

    private static RepRecord rep(int n) {
        return new RepRecord(n, Side.LEFT, n * 3000L, n * 3000L + 800, n * 3000L + 2000, 60,
                new FingerValues(150, 140, 138, 135, Double.NaN), 500);
    }

    @Test
    void onDayOneTheBackupTakenWhenTheFirstSessionEndsHoldsThatSession() {
        try (SqliteSessionStore store = SqliteSessionStore.open(db())) {
            Profile ann = store.addProfile("Ann", Side.LEFT);
            SessionRecord s = store.startSession(ann, SessionMode.MIRROR, Side.LEFT, Instant.now(), "camera");
            store.addRep(s.id(), rep(1));
            store.addRep(s.id(), rep(2));
            store.finishSession(s.id(), 9000);

            // The store is still open, its last writes in the WAL: the backup must hold them all the same.
            Backups.Backup backup = new Backups(db()).latest().orElseThrow();
            assertEquals(LocalDate.now(), backup.day());
            HistoryContents held = HistoryContents.read(backup.file(), ZoneId.systemDefault());
            assertEquals(new HistoryContents(List.of("Ann"), 1, LocalDate.now()), held);
            assertEquals(held, backup.contents(), "the manifest says what the backup holds");
            assertTrue(Files.exists(backup.file().resolveSibling("history-" + LocalDate.now() + ".json")));
        }
    }

    @Test
    void anEmptyHistoryIsNotBackedUpSoNoRestoreCanSilentlyEmptyIt() {
        try (SqliteSessionStore store = SqliteSessionStore.open(db())) {
            assertTrue(store.profiles().isEmpty());
        }
        assertTrue(new Backups(db()).list().isEmpty());
    }

    @Test
    void restoringPutsAConsistentCopyInPlaceAndSetsTheCurrentOneAside() throws Exception {
        try (SqliteSessionStore store = SqliteSessionStore.open(db())) {
            Profile ann = store.addProfile("Ann", Side.LEFT);
            SessionRecord s = store.startSession(ann, SessionMode.MIRROR, Side.LEFT, Instant.now(), "camera");
            store.finishSession(s.id(), 1000);
            store.addProfile("Bob", Side.RIGHT);
        }
        Path backup = new Backups(db()).latest().orElseThrow().file();
        Path aside = new Backups(db()).restore(backup).orElseThrow();
        assertEquals(List.of("Ann", "Bob"), HistoryContents.read(aside, ZoneId.systemDefault()).profiles());
        try (SqliteSessionStore store = SqliteSessionStore.open(db())) {
            assertEquals(List.of("Ann"), store.profiles().stream().map(Profile::name).toList());
        }
    }

    @Test
    void aFileThatIsNotAMirrorHandHistoryIsNamedAndRefused() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "root:x:0:0:root:/root:/bin/bash\n");
        HistoryException e = assertThrows(HistoryException.class, () -> HistoryContents.read(text, ZoneId.of("UTC")));
        assertTrue(e.getMessage().contains("notes.txt is not a MirrorHand history"), e.getMessage());

        Path otherSqlite = dir.resolve("other.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + otherSqlite); var st = c.createStatement()) {
            st.execute("CREATE TABLE t(x)");
        }
        e = assertThrows(HistoryException.class, () -> HistoryContents.read(otherSqlite, ZoneId.of("UTC")));
        assertTrue(e.getMessage().contains("schema version is 0"), e.getMessage());
    }
}
