package org.mirrorhand.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteSessionStoreTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("history.db");
    }

    private static RepRecord rep(int n, Side hand, long start) {
        return new RepRecord(n, hand, start, start + 800, start + 2000, 60 + n,
                new FingerValues(150, 140 + n, 138, 135, Double.NaN), 500);
    }

    @Test
    void migratesAnEmptyFileToTheCurrentSchemaInWalMode() throws Exception {
        Files.createFile(db());
        try (SqliteSessionStore store = SqliteSessionStore.open(db())) {
            assertEquals(Schema.CURRENT, store.schemaVersion());
            assertTrue(store.profiles().isEmpty());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertEquals("wal", rs.getString(1));
        }
    }

    @Test
    void sessionsRepsRomImageryAndScalesRoundTrip() {
        Instant start = LocalDate.of(2026, 3, 2).atTime(10, 0).atZone(ZONE).toInstant();
        RomMeasurement rom = new RomMeasurement(Side.LEFT, 95, 7, new FingerValues(150, 140, 139, 130, 125),
                new FingerValues(100, 180, 190, 170, 160), new FingerValues(6, 4, 4, 5, 5));
        long sessionId;
        try (SqliteSessionStore store = SqliteSessionStore.open(db())) {
            Profile ann = store.addProfile("Ann", Side.LEFT);
            SessionRecord s = store.startSession(ann, SessionMode.MIRROR, Side.LEFT, start, "camera");
            sessionId = s.id();
            store.addRep(s.id(), rep(1, Side.LEFT, 1000));
            store.addRep(s.id(), rep(1, Side.RIGHT, 1100));
            store.addRep(s.id(), rep(2, Side.LEFT, 5000));
            store.addRom(s.id(), rom);
            store.finishSession(s.id(), 600_000);
            SessionRecord img = store.startSession(ann, SessionMode.IMAGERY, Side.LEFT, start.plusSeconds(3600), "script");
            store.addImagery(img.id(), new ImageryEntry("opening", 11.5, 4));
            store.finishSession(img.id(), 690_000);
            store.addScale(ann, LocalDate.of(2026, 3, 2), ScaleKind.ASHWORTH, 1.5, "after stretching");
            store.addScale(ann, LocalDate.of(2026, 3, 2), ScaleKind.NOTE, null, "new splint");
        }
        try (SqliteSessionStore store = SqliteSessionStore.open(db())) {
            Profile ann = store.requireProfile("ann");
            ProfileHistory h = store.history(ann, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2), ZONE);
            assertEquals(2, h.sessions().size());
            StoredSession s = h.sessions().get(0);
            assertEquals(sessionId, s.session().id());
            assertEquals(SessionStatus.COMPLETED, s.session().status());
            assertEquals(600_000, s.session().durationMs());
            assertEquals(start, s.session().start());
            assertEquals(List.of(rep(1, Side.LEFT, 1000), rep(2, Side.LEFT, 5000), rep(1, Side.RIGHT, 1100)), s.reps());
            assertTrue(Double.isNaN(s.reps().get(0).peakExtensionDeg().little()), "a missing angle stays missing");
            assertEquals(List.of(rom), s.rom());
            assertEquals(new ImageryEntry("opening", 11.5, 4), h.sessions().get(1).imagery());
            assertNull(s.imagery());
            assertEquals(2, h.scales().size());
            assertEquals("1+", h.scales().get(0).kind().format(h.scales().get(0).value()));
            assertEquals("new splint", h.scales().get(1).note());
            assertEquals(null, h.scales().get(1).value(), "a note has no score; it must not come back as 0");
        }
    }

    @Test
    void aSessionWhoseProgramDiedIsMarkedInterruptedAndKeepsItsReps() throws Exception {
        long sessionId;
        try (SqliteSessionStore store = SqliteSessionStore.open(db())) {
            Profile ann = store.addProfile("Ann", Side.RIGHT);
            SessionRecord s = store.startSession(ann, SessionMode.MIRROR, Side.RIGHT, Instant.now(), "camera");
            sessionId = s.id();
            store.addRep(s.id(), rep(1, Side.RIGHT, 1000));
            store.addRep(s.id(), rep(2, Side.RIGHT, 7000));
            // This process is alive, so a reopen would rightly leave the session running; hand it to a dead process.
            Process gone = new ProcessBuilder("true").start();
            gone.waitFor();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db()); Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE session SET owner_pid = " + gone.pid());
            }
        }
        try (SqliteSessionStore store = SqliteSessionStore.open(db())) {
            assertEquals(1, store.interruptedAtOpen());
            SessionRecord s = store.session(sessionId).orElseThrow();
            assertEquals(SessionStatus.INTERRUPTED, s.status());
            assertEquals(9000, s.durationMs(), "duration runs to the end of the last stored rep");
            assertEquals(2, store.reps(sessionId).size());
        }
    }

    @Test
    void aRepStoredWhenCountedIsCompletedWhenTheHandClosesAgain() {
        try (SqliteSessionStore store = SqliteSessionStore.open(db())) {
            Profile ann = store.addProfile("Ann", Side.LEFT);
            SessionRecord s = store.startSession(ann, SessionMode.MEASURE, Side.LEFT, Instant.now(), "video.mp4");
            RepRecord counted = new RepRecord(1, Side.LEFT, 1000, 1800, 1800, 70, new FingerValues(1, 2, 3, 4, 5), 0);
            long id = store.addRep(s.id(), counted);
            assertEquals(List.of(counted), store.reps(s.id()));
            RepRecord done = new RepRecord(1, Side.LEFT, 1000, 1800, 4200, 88, new FingerValues(6, 7, 8, 9, 10), 900);
            store.completeRep(s.id(), id, done);
            assertEquals(List.of(done), store.reps(s.id()));
            assertEquals(4200, store.session(s.id()).orElseThrow().durationMs());
        }
    }

    @Test
    void aSessionStillRunningInAnotherLiveProgramIsLeftRunning() {
        try (SqliteSessionStore writer = SqliteSessionStore.open(db())) {
            Profile ann = writer.addProfile("Ann", Side.RIGHT);
            SessionRecord s = writer.startSession(ann, SessionMode.MIRROR, Side.RIGHT, Instant.now(), "camera");
            try (SqliteSessionStore reader = SqliteSessionStore.open(db())) {
                assertEquals(0, reader.interruptedAtOpen());
                assertEquals(SessionStatus.RUNNING, reader.session(s.id()).orElseThrow().status());
            }
        }
    }

    @Test
    void refusesADatabaseFromANewerVersionAndLeavesItUntouched() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db()); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE future(x)");
            st.execute("PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(db());
        HistoryException e = assertThrows(HistoryException.class, () -> SqliteSessionStore.open(db()));
        assertTrue(e.getMessage().contains("newer MirrorHand"), e.getMessage());
        assertTrue(e.getMessage().contains(db().toString()), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(db()));
        assertTrue(Files.notExists(dir.resolve("history.db-wal")), "not even switched to WAL");
    }

    @Test
    void aGarbageFileIsCalledDamagedWithAWayOutAndIsNotDeleted() throws Exception {
        byte[] garbage = new byte[8192];
        new java.util.Random(1).nextBytes(garbage);
        Files.write(db(), garbage);
        HistoryException e = assertThrows(HistoryException.class, () -> SqliteSessionStore.open(db()));
        assertTrue(e.getMessage().contains("is damaged"), e.getMessage());
        assertTrue(e.getMessage().contains("database restore") && e.getMessage().contains("start-fresh"), e.getMessage());
        assertArrayEquals(garbage, Files.readAllBytes(db()));
    }

    @Test
    void aDatabaseWithDamagedPagesFailsTheIntegrityCheckClearly() throws Exception {
        try (SqliteSessionStore store = SqliteSessionStore.open(db())) {
            Profile ann = store.addProfile("Ann", Side.LEFT);
            SessionRecord s = store.startSession(ann, SessionMode.MIRROR, Side.LEFT, Instant.now(), "camera");
            for (int i = 1; i <= 300; i++) {
                store.addRep(s.id(), rep(i, Side.LEFT, i * 3000L));
            }
            store.finishSession(s.id(), 1_000_000);
        }
        // Checkpointed on close; now scribble over pages after the first, keeping the valid header.
        byte[] bytes = Files.readAllBytes(db());
        for (int i = 4096 * 2; i < bytes.length; i += 7) {
            bytes[i] = (byte) (bytes[i] ^ 0x5A);
        }
        Files.write(db(), bytes);
        HistoryException e = assertThrows(HistoryException.class, () -> SqliteSessionStore.open(db()));
        assertTrue(e.getMessage().contains("is damaged"), e.getMessage());
        assertArrayEquals(bytes, Files.readAllBytes(db()));
    }

    @Test
    void startingFreshSetsTheDamagedFileAsideInsteadOfDeletingIt() throws Exception {
        Files.writeString(db(), "not a database at all");
        Path aside = new Backups(db()).setAside().orElseThrow();
        assertEquals("not a database at all", Files.readString(aside));
        try (SqliteSessionStore store = SqliteSessionStore.open(db())) {
            assertTrue(store.profiles().isEmpty());
        }
    }

    @Test
    void restoringABackupBringsBackTheDayItWasTaken() throws Exception {
        try (SqliteSessionStore store = SqliteSessionStore.open(db())) {
            store.addProfile("Ann", Side.LEFT);
        }
        // The backup is taken at the day's first open; drop it to play the next day's first open.
        for (Backups.Backup old : new Backups(db()).list()) {
            Files.delete(old.file());
        }
        try (SqliteSessionStore store = SqliteSessionStore.open(db())) {
            store.addProfile("Bob", Side.RIGHT);
        }
        Path backup = new Backups(db()).latest().orElseThrow().file();
        Files.write(db(), new byte[] {1, 2, 3});
        Path aside = new Backups(db()).restore(backup).orElseThrow();
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(aside));
        try (SqliteSessionStore store = SqliteSessionStore.open(db())) {
            assertEquals(List.of("Ann"), store.profiles().stream().map(Profile::name).toList());
        }
    }

    @Test
    void anUnknownProfileNamesTheOnesThereAre() {
        try (SqliteSessionStore store = SqliteSessionStore.open(db())) {
            store.addProfile("Ann", Side.LEFT);
            store.addProfile("Bob", Side.RIGHT);
            HistoryException e = assertThrows(HistoryException.class, () -> store.requireProfile("Carl"));
            assertTrue(e.getMessage().contains("no profile named \"Carl\"") && e.getMessage().contains("Ann, Bob"),
                    e.getMessage());
        }
    }

    @Test
    void datesTheWrongWayRoundAreRefusedWithBothDates() {
        try (SqliteSessionStore store = SqliteSessionStore.open(db())) {
            Profile ann = store.addProfile("Ann", Side.LEFT);
            HistoryException e = assertThrows(HistoryException.class,
                    () -> store.history(ann, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1), ZONE));
            assertTrue(e.getMessage().contains("2026-05-01") && e.getMessage().contains("2026-04-01"), e.getMessage());
        }
    }

    @Test
    void anOutOfRangeScaleIsRefusedWithItsRange() {
        try (SqliteSessionStore store = SqliteSessionStore.open(db())) {
            Profile ann = store.addProfile("Ann", Side.LEFT);
            HistoryException e = assertThrows(HistoryException.class,
                    () -> store.addScale(ann, LocalDate.now(), ScaleKind.FUGL_MEYER_HAND, 15.0, ""));
            assertTrue(e.getMessage().contains("0 to 14"), e.getMessage());
        }
    }

    @Test
    void aDuplicateProfileNameIsRefused() {
        try (SqliteSessionStore store = SqliteSessionStore.open(db())) {
            store.addProfile("Ann", Side.LEFT);
            assertThrows(HistoryException.class, () -> store.addProfile("ANN", Side.RIGHT));
        }
    }

    @Test
    void aWholeHistoryExportsAndImportsUnderANewName() {
        ProfileHistory sample = SampleHistory.weeks("Ann", LocalDate.of(2026, 1, 5), 3, 7);
        Path file = dir.resolve("out/ann.json");
        try (SqliteSessionStore store = SqliteSessionStore.open(db())) {
            Profile ann = store.importHistory(sample, "Ann");
            store.setVirtualHand(ann, new VirtualHandChoice(40, "DARK"));
            assertEquals(sample.sessions().size(), HistoryArchive.export(store, ann, file, SafeOutput.replacing(false)));
            Profile copy = HistoryArchive.importInto(store, file, "Ann at clinic");
            assertEquals(new VirtualHandChoice(40, "DARK"), store.virtualHand(copy), "the virtual hand travels too");
            ProfileHistory a = store.wholeHistory(ann, ZONE);
            ProfileHistory b = store.wholeHistory(copy, ZONE);
            assertEquals(a.sessions().size(), b.sessions().size());
            assertEquals(a.repCount(), b.repCount());
            assertTrue(a.repCount() > 100);
            for (int i = 0; i < a.sessions().size(); i++) {
                assertEquals(a.sessions().get(i).reps(), b.sessions().get(i).reps());
                assertEquals(a.sessions().get(i).rom(), b.sessions().get(i).rom());
                assertEquals(a.sessions().get(i).imagery(), b.sessions().get(i).imagery());
                assertEquals(a.sessions().get(i).session().start(), b.sessions().get(i).session().start());
            }
            assertEquals(a.scales().stream().map(ScaleEntry::value).toList(),
                    b.scales().stream().map(ScaleEntry::value).toList());
            HistoryException clash = assertThrows(HistoryException.class,
                    () -> HistoryArchive.importInto(store, file, null));
            assertTrue(clash.getMessage().contains("--as"), clash.getMessage());
        }
    }

    @Test
    void anExportWithAnImpossibleVirtualHandGradeIsRefusedWholeAndOneWithoutAVirtualHandGetsTheDefault()
            throws Exception {
        ProfileHistory sample = SampleHistory.weeks("Ann", LocalDate.of(2026, 1, 5), 1, 2);
        Path file = dir.resolve("ann.json");
        try (SqliteSessionStore store = SqliteSessionStore.open(db())) {
            Profile ann = store.importHistory(sample, "Ann");
            store.setVirtualHand(ann, new VirtualHandChoice(40, null));
            HistoryArchive.export(store, ann, file, SafeOutput.replacing(false));
            String json = Files.readString(file);
            assertTrue(json.contains("\"gradePercent\" : 40"), "the grade is in the file");

            Files.writeString(file, json.replace("\"gradePercent\" : 40", "\"gradePercent\" : 400"));
            HistoryException e = assertThrows(HistoryException.class,
                    () -> HistoryArchive.importInto(store, file, "Ann 2"));
            assertTrue(e.getMessage().contains("0 to 100 %, not 400"), e.getMessage());
            assertEquals(1, store.profiles().size(), "nothing was imported");

            Files.writeString(file, json.replaceAll(",\\s*\"virtualHand\"\\s*:\\s*\\{[^}]*\\}", ""));
            assertFalse(Files.readString(file).contains("virtualHand"), "an export from before the virtual hand");
            Profile old = HistoryArchive.importInto(store, file, "Ann 3");
            assertEquals(VirtualHandChoice.DEFAULT, store.virtualHand(old));
        }
    }

    @Test
    void importingAFileThatIsNotAnExportSaysSo() throws Exception {
        Path file = dir.resolve("photo.json");
        Files.writeString(file, "{\"hello\": 1}");
        try (SqliteSessionStore store = SqliteSessionStore.open(db())) {
            HistoryException e = assertThrows(HistoryException.class, () -> HistoryArchive.importInto(store, file, null));
            assertTrue(e.getMessage().contains("not a MirrorHand history export"), e.getMessage());
            assertTrue(store.profiles().isEmpty());
        }
    }

    @Test
    void aTargetForAProfileThatIsNoLongerThereIsRefusedWithItsName() throws Exception {
        try (SqliteSessionStore store = SqliteSessionStore.open(db())) {
            Profile ann = store.addProfile("Ann", Side.LEFT);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db()); Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM profile WHERE id=" + ann.id());
            }
            HistoryException e = assertThrows(HistoryException.class,
                    () -> store.setDoseTarget(ann, new DoseTarget(45, 4)));
            assertTrue(e.getMessage().contains("\"Ann\" is no longer in the history"), e.getMessage());
            assertTrue(store.profiles().isEmpty(), "nothing was written");
        }
    }

    @Test
    void theAffectedHandIsChangedInTheProfileAndKeptThereAcrossOpenings() throws Exception {
        try (SqliteSessionStore store = SqliteSessionStore.open(db())) {
            Profile ann = store.addProfile("Ann", Side.LEFT);
            Profile changed = store.setAffectedSide(ann, Side.RIGHT);
            assertEquals(Side.RIGHT, changed.affectedSide());
            assertEquals(ann.doseTarget(), changed.doseTarget(), "the rest of the profile stays");
        }
        try (SqliteSessionStore store = SqliteSessionStore.open(db())) {
            assertEquals(Side.RIGHT, store.findProfile("Ann").orElseThrow().affectedSide());
        }
    }
}
