package org.mirrorhand.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLogTest {

    @TempDir
    Path data;

    @Test
    void aCommandLogsToTheDataFolderItWasGivenAndTheLogStaysOutOfItsOutput() throws IOException {
        CommandRun run = CommandRun.of("profile", "add", "Ann", "--affected", "left", "--data-dir", data.toString());

        assertEquals(0, run.exit(), run.err());
        String log = Files.readString(data.resolve("logs").resolve("mirrorhand.log"));
        assertTrue(log.contains("INFO  [main] org.mirrorhand.app.Main - MirrorHand started: profile"), log);
        assertFalse(log.contains("Ann"), "the arguments (people's names) stay out of the start line: " + log);
        assertFalse(run.err().contains("MirrorHand started") || run.out().contains("MirrorHand started"),
                run.toString());

        CommandRun bad = CommandRun.of("scale", "add", "--profile", "Zoe", "--scale", "ashworth", "--value", "1",
                "--data-dir=" + data);
        assertTrue(bad.exit() != 0 && bad.err().lines().count() == 1, bad.toString());
        String after = Files.readString(data.resolve("logs").resolve("mirrorhand.log"));
        assertTrue(after.contains("MirrorHand started: scale")
                && after.contains("mirrorhand scale add stopped: no profile named"), after);
    }

    @Test
    void theDataFolderIsFoundAmongTheArgumentsInBothSpellings() {
        assertEquals(Path.of("/d"), DataDirOption.given("history", "--data-dir", "/d"));
        assertEquals(Path.of("/e"), DataDirOption.given("--data-dir=/e", "report"));
        assertNull(DataDirOption.given("analyze", "photo.jpg"));
        assertNull(DataDirOption.given("profile", "list", "--data-dir"));
    }
}
