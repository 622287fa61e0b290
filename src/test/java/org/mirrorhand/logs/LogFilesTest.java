package org.mirrorhand.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class LogFilesTest {
    private static final Logger LOG = LoggerFactory.getLogger(LogFilesTest.class);

    @TempDir
    Path data;

    @AfterEach
    void logElsewhere() throws IOException {
        LogFiles.start(Files.createTempDirectory("mirrorhand-logs-after"));
    }

    @Test
    void theLogIsAFileInTheDataFoldersLogsFolderPrivateToTheUser() throws IOException {
        Path firstStart = data.resolve("mirrorhand");
        Path file = LogFiles.start(firstStart).orElseThrow();
        LOG.info("a line for the log");

        assertEquals(firstStart.resolve("logs").resolve("mirrorhand.log").toAbsolutePath(), file);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(firstStart)),
                "the data folder the log creates on a first start is private too");
        assertTrue(Files.readString(file).contains("a line for the log"), Files.readString(file));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void startingTheLogAgainInTheSameOrAnotherFolderKeepsWhatEachHolds() throws IOException {
        Path file = LogFiles.start(data).orElseThrow();
        LOG.info("first line");
        Path other = LogFiles.start(data.resolve("other")).orElseThrow();
        LOG.info("line in the other folder");
        LogFiles.start(data);
        LogFiles.start(data);
        LOG.info("second line");

        String text = Files.readString(file);
        assertTrue(text.contains("first line") && text.contains("second line"), text);
        assertTrue(!text.contains("other folder") && Files.readString(other).contains("line in the other folder"));
    }

    @Test
    void aFullLogRollsOverKeepingThreeOldFilesEachPrivateAndAFewMegabytesInAll() throws IOException {
        Path file = LogFiles.start(data).orElseThrow();
        String line = "x".repeat(1000);
        // The size is checked as lines arrive; write until three old files exist and the fourth rollover is done.
        for (int i = 0; i < 20_000 && !Files.exists(file.resolveSibling("mirrorhand.3.log")); i++) {
            LOG.info("{} {}", i, line);
        }
        for (int i = 0; i < 2_000; i++) {
            LOG.info("{} {}", i, line);
        }

        List<Path> files = logs(file.getParent());
        assertEquals(List.of("mirrorhand.1.log", "mirrorhand.2.log", "mirrorhand.3.log", "mirrorhand.log"),
                files.stream().map(p -> p.getFileName().toString()).sorted().toList());
        long total = 0;
        for (Path f : files) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)), f.toString());
            total += Files.size(f);
        }
        assertTrue(total <= 4 * 1024 * 1024 + 64 * 1024, "logs take " + total + " bytes");
    }

    @Test
    void aLogFolderThatCannotBeWrittenLeavesTheProgramRunningWithoutAFile() throws IOException {
        Path notAFolder = Files.writeString(data.resolve("plain-file"), "not a folder");

        assertTrue(LogFiles.start(notAFolder).isEmpty());
        assertTrue(LogFiles.current().isEmpty());
        LOG.info("still logging somewhere without failing");
    }

    private static List<Path> logs(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
