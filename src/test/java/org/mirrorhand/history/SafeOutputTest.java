package org.mirrorhand.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one rule for files the program writes, on a real file system: links, `..`, inputs, existing files, privacy. */
class SafeOutputTest {
    @TempDir
    Path dir;
    private DataFolder data;
    private byte[] databaseBytes;

    @BeforeEach
    void aHistoryWithABackup() {
        data = DataFolder.locate(dir.resolve("data"));
        try (SqliteSessionStore store = SqliteSessionStore.open(data)) {
            store.addProfile("Ann", Side.LEFT);
        }
        try (SqliteSessionStore store = SqliteSessionStore.open(data)) {
            assertTrue(store.profiles().size() == 1);
        }
    }

    private SafeOutput rule(boolean replace) {
        return SafeOutput.replacing(replace).protecting(data);
    }

    private void assertRefused(SafeOutput rule, Path target, String why) throws IOException {
        byte[] before = Files.exists(target) ? Files.readAllBytes(target) : null;
        HistoryException e = assertThrows(HistoryException.class,
                () -> rule.write(target, tmp -> Files.writeString(tmp, "overwritten")));
        assertTrue(e.getMessage().contains(why), e.getMessage());
        if (before != null) {
            assertArrayEquals(before, Files.readAllBytes(target), "the refused file is untouched");
        }
    }

    @Test
    void theDatabaseIsNeverWrittenEvenWithReplaceAndByAnyName() throws Exception {
        databaseBytes = Files.readAllBytes(data.database());
        Path link = Files.createSymbolicLink(dir.resolve("report.pdf"), data.database());
        Files.createDirectories(dir.resolve("other"));
        for (Path target : List.of(data.database(), dir.resolve("other/../data/history.db"), link,
                dir.resolve("data/history.db-wal"), dir.resolve("data/./history.db-shm"))) {
            assertRefused(rule(true), target, "history database");
        }
        assertArrayEquals(databaseBytes, Files.readAllBytes(data.database()));
    }

    @Test
    void aHardLinkToTheDatabaseOrAnyOtherSqliteFileIsRefusedToo() throws Exception {
        Path hard = Files.createLink(dir.resolve("looks-like-a-report.pdf"), data.database());
        assertRefused(SafeOutput.replacing(true), hard, "history database or a backup");
    }

    @Test
    void nothingIsWrittenIntoTheBackupFolder() throws Exception {
        Path backups = data.root().resolve(Backups.FOLDER);
        Files.createDirectories(backups);
        assertRefused(rule(true), backups.resolve("history-2026-01-01.db"), "backup folder");
        assertRefused(rule(true), backups.resolve("new.pdf"), "backup folder");
    }

    @Test
    void anInputOfTheCommandIsRefusedThroughALinkOrDotDot() throws Exception {
        Path input = Files.writeString(dir.resolve("v.jpg"), "a photo");
        Path link = Files.createSymbolicLink(dir.resolve("out.json"), input);
        SafeOutput rule = SafeOutput.replacing(true).protectingInputs(List.of(Path.of(dir + "/x/../v.jpg")));
        assertRefused(rule, input, "inputs");
        assertRefused(rule, link, "inputs");
        assertEquals("a photo", Files.readString(input));
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenTheUserSaidSo() throws Exception {
        Path out = Files.writeString(dir.resolve("ann.json"), "last week's export");
        assertRefused(rule(false), out, "--force");
        rule(true).write(out, tmp -> Files.writeString(tmp, "this week's export"));
        assertEquals("this week's export", Files.readString(out));
    }

    @Test
    void aFailedWriteLeavesNeitherHalfAFileNorATemporaryOne() throws Exception {
        Path out = dir.resolve("out/report.pdf");
        assertThrows(HistoryException.class, () -> rule(false).write(out, tmp -> {
            Files.writeString(tmp, "half a rep");
            throw new IOException("disk full");
        }));
        assertTrue(Files.notExists(out));
        try (var left = Files.list(out.getParent())) {
            assertEquals(0, left.count(), "no temporary file is left");
        }
    }

    @Test
    void newFilesAndFoldersArePrivateFromTheStart() throws Exception {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "skipped: no POSIX permissions");
        Path out = rule(false).write(dir.resolve("a/b/report.csv"), tmp -> Files.writeString(tmp, "x"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a"))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a/b"))));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.database())));
    }
}
