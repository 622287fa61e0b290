package org.mirrorhand.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * History files written by earlier schemas open and upgrade: the first (src/test/resources/history/schema-v1.db) and
 * the second (schema-v2.db, written by the released program: profile "Ann", right hand affected, 20 minutes on 6 days).
 */
class SchemaMigrationTest {
    @TempDir
    Path dir;

    private Path copyOfVersion1() throws Exception {
        return copyOf("/history/schema-v1.db");
    }

    private Path copyOf(String resource) throws Exception {
        Path db = dir.resolve("history.db");
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            Files.copy(in, db);
        }
        return db;
    }

    @Test
    void aVersion2DatabaseIsUpgradedKeepingItsProfileAndGivesEveryoneAFullyOpeningVirtualHand() throws Exception {
        try (SqliteSessionStore store = SqliteSessionStore.open(copyOf("/history/schema-v2.db"))) {
            assertEquals(Schema.CURRENT, store.schemaVersion());
            Profile ann = store.requireProfile("Ann");
            assertEquals(Side.RIGHT, ann.affectedSide());
            assertEquals(new DoseTarget(20, 6), ann.doseTarget());
            assertEquals(VirtualHandChoice.DEFAULT, store.virtualHand(ann));
        }
    }

    @Test
    void anUpgradedVersion2DatabaseKeepsTheVirtualHandsGradeAndSkinTone() throws Exception {
        Path db = copyOf("/history/schema-v2.db");
        try (SqliteSessionStore store = SqliteSessionStore.open(db)) {
            store.setVirtualHand(store.requireProfile("Ann"), new VirtualHandChoice(30, "DEEP"));
        }
        try (SqliteSessionStore store = SqliteSessionStore.open(db)) {
            assertEquals(new VirtualHandChoice(30, "DEEP"), store.virtualHand(store.requireProfile("Ann")));
        }
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
