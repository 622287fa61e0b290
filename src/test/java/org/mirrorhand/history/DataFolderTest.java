package org.mirrorhand.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {
    private static final Path HOME = Path.of("/home/ann");

    @TempDir
    Path dir;

    @Test
    void theCommandLineOptionWinsOverTheEnvironment() {
        DataFolder f = DataFolder.locate(Path.of("/data/x"), Map.of("MIRRORHAND_DATA", "/env/y"), "Linux", HOME);
        assertEquals(Path.of("/data/x"), f.root());
    }

    @Test
    void theEnvironmentVariableWinsOverThePlatformDefault() {
        assertEquals(Path.of("/env/y"), DataFolder.locate(null, Map.of("MIRRORHAND_DATA", "/env/y"), "Linux", HOME).root());
    }

    @Test
    void linuxFollowsXdgAndFallsBackToLocalShare() {
        assertEquals(Path.of("/xdg/mirrorhand"),
                DataFolder.locate(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux", HOME).root());
        assertEquals(Path.of("/home/ann/.local/share/mirrorhand"), DataFolder.locate(null, Map.of(), "Linux", HOME).root());
        assertEquals(Path.of("/home/ann/.local/share/mirrorhand"),
                DataFolder.locate(null, Map.of("XDG_DATA_HOME", "relative"), "Linux", HOME).root());
    }

    @Test
    void windowsUsesAppDataAndMacUsesApplicationSupport() {
        assertEquals(Path.of("/roaming/MirrorHand"),
                DataFolder.locate(null, Map.of("APPDATA", "/roaming"), "Windows 11", HOME).root());
        assertEquals(Path.of("/home/ann/Library/Application Support/MirrorHand"),
                DataFolder.locate(null, Map.of(), "Mac OS X", HOME).root());
    }

    @Test
    void aNewFolderIsPrivateToTheUser() throws Exception {
        DataFolder f = DataFolder.locate(dir.resolve("a/b"), Map.of(), "Linux", HOME).ensureExists();
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f.root())));
        assertEquals(f.root().resolve("history.db"), f.database());
    }

    @Test
    void aFolderThatCannotBeCreatedIsNamedWithAWayOut() throws Exception {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        HistoryException e = assertThrows(HistoryException.class,
                () -> DataFolder.locate(file.resolve("data"), Map.of(), "Linux", HOME).ensureExists());
        assertTrue(e.getMessage().contains(file.resolve("data").toString()) && e.getMessage().contains("--data-dir"),
                e.getMessage());
    }

    @Test
    void aFolderWhereNoFileCanBeCreatedIsCalledReadOnlyEvenForRoot() {
        // /proc/self exists on every Linux and takes no new files, whoever asks.
        Path procSelf = Path.of("/proc/self");
        assumeTrue(Files.isDirectory(procSelf), "no /proc on this system");
        HistoryException e = assertThrows(HistoryException.class,
                () -> DataFolder.locate(procSelf, Map.of(), "Linux", HOME).ensureExists());
        assertTrue(e.getMessage().contains("is read-only") && e.getMessage().contains("--data-dir"), e.getMessage());
    }

    @Test
    void aReadOnlyFolderIsRefusedClearly() throws Exception {
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-x------"));
        assumeTrue(!Files.isWritable(ro), "running as root: permissions cannot make a folder read-only here");
        HistoryException e = assertThrows(HistoryException.class,
                () -> DataFolder.locate(ro, Map.of(), "Linux", HOME).ensureExists());
        assertTrue(e.getMessage().contains("read-only"), e.getMessage());
    }
}
