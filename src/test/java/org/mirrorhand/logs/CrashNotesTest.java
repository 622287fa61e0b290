package org.mirrorhand.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrashNotesTest {

    @TempDir
    Path data;

    @AfterEach
    void tellStderrAgain() {
        CrashNotes.tellPersonWith(null);
    }

    @Test
    void anExceptionNobodyCaughtOnAnyThreadIsNotedInTheLogAndToldInOneLine() throws Exception {
        Path log = LogFiles.start(data).orElseThrow();
        List<String> told = new CopyOnWriteArrayList<>();
        CrashNotes.tellPersonWith(told::add);
        Thread worker = new Thread(() -> {
            throw new IllegalStateException("the worker broke");
        }, "test-worker");
        worker.setUncaughtExceptionHandler(CrashNotes.handler());

        worker.start();
        worker.join();

        String text = Files.readString(log);
        assertTrue(text.contains(
                "Crash note: java.lang.IllegalStateException was not caught on thread \"test-worker\""), text);
        assertTrue(text.contains("java.lang.IllegalStateException: the worker broke"), text);
        assertTrue(text.contains("at org.mirrorhand.logs.CrashNotesTest"), "the stack trace is in the log: " + text);
        assertEquals(1, told.size());
        assertEquals(CrashNotes.lineFor(Optional.of(log)), told.get(0));
        assertTrue(told.get(0).contains(log.toString()), told.get(0));
        assertTrue(told.get(0).lines().count() == 1 && !told.get(0).contains("IllegalStateException"), told.get(0));
    }

    @Test
    void withoutALogFileTheLineDoesNotPointToOne() throws IOException {
        assertEquals("Something went wrong inside MirrorHand. You can carry on; if it happens again, close MirrorHand "
                + "and start it again.", CrashNotes.lineFor(Optional.empty()));
    }
}
