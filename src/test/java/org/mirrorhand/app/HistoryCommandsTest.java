package org.mirrorhand.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryCommandsTest {
    @TempDir
    Path dir;

    private String data() {
        return dir.resolve("data").toString();
    }

    private CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    private void addAnn() {
        CommandRun r = run("profile", "add", "Ann", "--affected", "left", "--data-dir", data());
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    void profilesAreAddedAndListed() {
        addAnn();
        CommandRun list = run("profile", "list", "--data-dir", data());
        assertEquals(0, list.exit(), list.err());
        assertTrue(list.out().contains("Ann") && list.out().contains("affected left"), list.out());
    }

    @Test
    void aReportForAnUnknownProfileNamesTheProfilesThereAre() {
        addAnn();
        CommandRun r = run("report", "--profile", "Zoe", "--csv", dir.resolve("csv").toString(), "--data-dir", data());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("no profile named \"Zoe\"") && r.err().contains("Ann"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertTrue(Files.notExists(dir.resolve("csv")));
    }

    @Test
    void datesTheWrongWayRoundAreRefused() {
        addAnn();
        CommandRun r = run("report", "--profile", "Ann", "--from", "2026-05-01", "--to", "2026-04-01", "--csv",
                dir.resolve("csv").toString(), "--data-dir", data());
        assertNotEquals(0, r.exit());
        assertTrue(r.err().contains("2026-05-01 is after --to 2026-04-01"), r.err());
    }

    @Test
    void aDateThatIsNotADateShowsTheExpectedForm() {
        CommandRun r = run("report", "--profile", "Ann", "--from", "31/12/2026", "--csv", "x", "--data-dir", data());
        assertNotEquals(0, r.exit());
        assertTrue(r.firstErrLine().contains("YYYY-MM-DD"), r.err());
    }

    @Test
    void anUnwritableReportPathIsNamed() throws Exception {
        addAnn();
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        CommandRun r = run("report", "--profile", "Ann", "--pdf", blocker.resolve("r.pdf").toString(),
                "--data-dir", data());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains(blocker.resolve("r.pdf").toString()), r.err());
        CommandRun csv = run("report", "--profile", "Ann", "--csv", blocker.resolve("csv").toString(),
                "--data-dir", data());
        assertEquals(1, csv.exit());
        assertTrue(csv.err().contains("cannot write " + blocker.resolve("csv")), csv.err());
    }

    @Test
    void aDataFolderThatCannotBeCreatedIsNamed() throws Exception {
        Path blocker = Files.writeString(dir.resolve("file"), "x");
        CommandRun r = run("profile", "list", "--data-dir", blocker.resolve("data").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("cannot create the data folder"), r.err());
    }

    @Test
    void aReadOnlyDataFolderIsRefusedAndItsHistoryKept() throws Exception {
        addAnn();
        Path folder = Path.of(data());
        byte[] before = Files.readAllBytes(folder.resolve("history.db"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
        try {
            assumeTrue(!Files.isWritable(folder), "running as root: permissions cannot make a folder read-only here");
            CommandRun r = run("profile", "list", "--data-dir", data());
            assertEquals(1, r.exit());
            assertTrue(r.err().contains("read-only"), r.err());
            assertArrayEquals(before, Files.readAllBytes(folder.resolve("history.db")));
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aDataFolderWhereNothingCanBeWrittenIsRefusedEvenForRoot() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "no /proc on this system");
        CommandRun r = run("report", "--profile", "Ann", "--csv", dir.resolve("csv").toString(), "--data-dir", "/proc/self");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("is read-only"), r.err());
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedAndLeftAsItIs() throws Exception {
        addAnn();
        Path db = Path.of(data(), "history.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 42");
        }
        byte[] before = Files.readAllBytes(db);
        CommandRun r = run("profile", "list", "--data-dir", data());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("newer MirrorHand"), r.err());
        assertArrayEquals(before, Files.readAllBytes(db));
    }

    @Test
    void aCorruptDatabaseIsReportedKeptAndCanBeSetAsideToStartFresh() throws Exception {
        Files.createDirectories(Path.of(data()));
        Path db = Path.of(data(), "history.db");
        byte[] garbage = "this is not a database, just some words in a file".repeat(100).getBytes();
        Files.write(db, garbage);
        CommandRun r = run("report", "--profile", "Ann", "--csv", dir.resolve("csv").toString(), "--data-dir", data());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("is damaged") && r.err().contains("start-fresh"), r.err());
        assertArrayEquals(garbage, Files.readAllBytes(db));

        CommandRun fresh = run("database", "start-fresh", "--data-dir", data());
        assertEquals(0, fresh.exit(), fresh.err());
        try (Stream<Path> files = Files.list(Path.of(data()))) {
            Path aside = files.filter(p -> p.getFileName().toString().startsWith("history.db.set-aside-")).findFirst()
                    .orElseThrow();
            assertArrayEquals(garbage, Files.readAllBytes(aside));
        }
        assertEquals(0, run("database", "check", "--data-dir", data()).exit());
    }

    @Test
    void scalesAreCheckedAgainstTheirRange() {
        addAnn();
        CommandRun bad = run("scale", "add", "--profile", "Ann", "--scale", "fugl-meyer-hand", "--value", "20",
                "--data-dir", data());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("0 to 14"), bad.err());
        CommandRun ok = run("scale", "add", "--profile", "Ann", "--scale", "ashworth", "--value", "1+", "--date",
                "2026-03-02", "--note", "after splint", "--data-dir", data());
        assertEquals(0, ok.exit(), ok.err());
        CommandRun list = run("scale", "list", "--profile", "Ann", "--data-dir", data());
        assertTrue(list.out().contains("2026-03-02\tashworth\t1+\tafter splint"), list.out());
    }

    @Test
    void aProfileExportedOnOneComputerImportsOnAnother() {
        addAnn();
        run("scale", "add", "--profile", "Ann", "--scale", "box-and-block", "--value", "14", "--data-dir", data());
        Path file = dir.resolve("ann.json");
        CommandRun ex = run("export", "--profile", "Ann", file.toString(), "--data-dir", data());
        assertEquals(0, ex.exit(), ex.err());
        String other = dir.resolve("clinic").toString();
        CommandRun im = run("import", file.toString(), "--data-dir", other);
        assertEquals(0, im.exit(), im.err());
        CommandRun list = run("scale", "list", "--profile", "Ann", "--data-dir", other);
        assertTrue(list.out().contains("box-and-block\t14"), list.out());
    }

    @Test
    void aSessionForAnUnknownProfileOrAMissingVideoSaysWhichAndStoresNothing() throws Exception {
        addAnn();
        CommandRun unknown = run("session", "--profile", "Zoe", "--source", "x.mp4", "--data-dir", data());
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().contains("no profile named \"Zoe\""), unknown.err());
        Path missing = dir.resolve("no-such-video.mp4");
        CommandRun noVideo = run("session", "--profile", "Ann", "--source", missing.toString(), "--data-dir", data());
        assertEquals(1, noVideo.exit());
        assertTrue(noVideo.err().contains(missing.toString()), noVideo.err());
        assertFalse(noVideo.err().contains("Exception"), noVideo.err());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + Path.of(data(), "history.db"));
             Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery("SELECT count(*) FROM session")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "no empty session is left behind");
        }
    }

    @Test
    void aDatabaseLockedByAnotherProgramGivesAPlainMessage() throws Exception {
        addAnn();
        Path db = Path.of(data(), "history.db");
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = other.createStatement()) {
            st.execute("PRAGMA locking_mode = EXCLUSIVE");
            st.execute("BEGIN EXCLUSIVE");
            CommandRun r = run("profile", "list", "--data-dir", data());
            assertEquals(1, r.exit());
            assertTrue(r.err().contains("is locked by another program"), r.err());
            st.execute("ROLLBACK");
        }
        assertEquals(0, run("profile", "list", "--data-dir", data()).exit());
    }

    @Test
    void aCommandGroupOnItsOwnListsItsSubCommandsAndExitsWithTwo() {
        for (String[] group : new String[][] {{"profile", "add", "target"}, {"database", "check", "start-fresh"},
                {"scale", "add", "list"}}) {
            CommandRun r = run(group[0]);
            assertEquals(2, r.exit(), String.join(" ", group));
            assertTrue(r.err().contains("Usage: mirrorhand " + group[0]) && r.err().contains(group[1])
                    && r.err().contains(group[2]), r.err());
            assertEquals("", r.out(), "usage goes to stderr");
        }
    }
}
