package org.mirrorhand.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A history file written by the first schema (tracked as src/test/resources/history/schema-v1.db) opens and upgrades. */
class SchemaMigrationTest {
    @TempDir
    Path dir;

    private Path copyOfVersion1() throws Exception {
        Path db = dir.resolve("history.db");
        try (InputStream in = getClass().getResourceAsStream("/history/schema-v1.db")) {
            Files.copy(in, db);
        }
        return db;
    }

    @Test
    void aVersion1DatabaseIsUpgradedKeepingItsProfileSessionAndRep() throws Exception {
        try (SqliteSessionStore store = SqliteSessionStore.open(copyOfVersion1())) {
            assertEquals(Schema.CURRENT, store.schemaVersion());
            Profile ann = store.requireProfile("ann");
            assertEquals(Side.RIGHT, ann.affectedSide());
            SessionRecord s = store.session(1).orElseThrow();
            assertEquals(SessionStatus.COMPLETED, s.status());
            assertEquals(60_000, s.durationMs());
            assertNull(s.endedEarly(), "an old session ran to its end as far as anyone knows");
            assertEquals(1, store.reps(1).size());
        }
    }

    @Test
    void anUpgradedDatabaseStoresWhyASessionEndedEarly() throws Exception {
        Path db = copyOfVersion1();
        try (SqliteSessionStore store = SqliteSessionStore.open(db)) {
            Profile ann = store.requireProfile("Ann");
            SessionRecord s = store.startSession(ann, SessionMode.MEASURE, Side.RIGHT, Instant.now(), "cut.mp4");
            store.finishSession(s.id(), 1200, "the video ended early (damaged?) — 9 frames analysed");
        }
        try (SqliteSessionStore store = SqliteSessionStore.open(db)) {
            assertEquals("the video ended early (damaged?) — 9 frames analysed",
                    store.session(2).orElseThrow().endedEarly());
        }
    }
}
