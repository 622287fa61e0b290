package org.mirrorhand.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder that already existed (MIRRORHAND_DATA pointing at it, or left by an older MirrorHand) readable by
 * others: the packaged program makes it and its own files private on open and says so in one line, and leaves another
 * program's file there alone.
 */
class DataFolderPrivacyIT {
    @TempDir
    Path dir;

    @Test
    void anExistingOpenDataFolderIsMadePrivateOnOpenWithOneLine() throws Exception {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "skipped: no POSIX permissions");
        Path data = Files.createDirectories(dir.resolve("shared-data"));
        Map<String, String> env = Map.of("MIRRORHAND_DATA", data.toString());
        assertEquals(0, ChildRun.run(env, "022", "profile", "add", "Ann", "--affected", "right").exit());
        assertEquals(0, ChildRun.run(env, "022", "profile", "list").exit());
        // As an older MirrorHand left it: everything readable by other users.
        Path someoneElses = Files.writeString(data.resolve("notes-of-another-program.txt"), "not ours");
        try (var all = Files.walk(data)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x"
                        : "rw-r--r--"));
            }
        }

        ChildRun run = ChildRun.run(env, "022", "profile", "list");

        assertEquals(0, run.exit(), run.toString());
        assertEquals(1, run.errorLines().size(), run.toString());
        assertTrue(run.errorLines().get(0).contains("could be read by other users; it is now private to you"),
                run.toString());
        assertEquals("rwx------", OutputFilesIT.mode(data));
        assertEquals("rwx------", OutputFilesIT.mode(data.resolve("backups")));
        for (String file : List.of("history.db", "backups/history-" + java.time.LocalDate.now() + ".db")) {
            assertEquals("rw-------", OutputFilesIT.mode(data.resolve(file)), file);
        }
        assertEquals("rw-r--r--", OutputFilesIT.mode(someoneElses), "another program's file is not ours to change");

        ChildRun again = ChildRun.run(env, "022", "profile", "list");
        assertEquals(List.of(), again.errorLines(), "the note comes once, when something changed");
    }
}
