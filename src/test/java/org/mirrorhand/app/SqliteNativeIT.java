package org.mirrorhand.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite driver's native library (about 1 MB) must not pile up in the temp folder when MirrorHand is killed: three
 * packaged runs, each killed with the history open, leave no copy in their temp folder and one in the user's cache.
 */
class SqliteNativeIT {
    @TempDir
    Path dir;

    @Test
    void threeKilledRunsLeaveAtMostOneCopyOfTheNativeLibrary() throws Exception {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "skipped: needs a named pipe (mkfifo)");
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path cache = Files.createDirectories(dir.resolve("cache"));
        for (int run = 1; run <= 3; run++) {
            Path data = dir.resolve("data-" + run);   // a fresh folder, so its WAL file says this run opened it
            Path pipe = dir.resolve("pipe-" + run);
            assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor());
            // `import` opens the history, then waits on the pipe: the driver is loaded when it is killed.
            ProcessBuilder pb = new ProcessBuilder(ChildRun.command(null, List.of("-Djava.io.tmpdir=" + tmp),
                    "import", pipe.toString(), "--data-dir", data.toString()))
                    .redirectErrorStream(true).redirectOutput(dir.resolve("out-" + run + ".txt").toFile());
            pb.environment().put("XDG_CACHE_HOME", cache.toString());
            Process p = pb.start();
            waitForWal(p, data.resolve("history.db-wal"), run);
            p.destroyForcibly();   // SIGKILL: no shutdown hooks, no deleteOnExit
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals(List.of(), libraries(tmp), "copies left in the temp folder");
        assertEquals(1, libraries(cache).size(), "one copy in the user's cache: " + libraries(cache));
    }

    private static void waitForWal(Process p, Path wal, int run) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(wal)) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                fail("run " + run + " never opened the history");
            }
            Thread.sleep(50);
        }
    }

    private static List<Path> libraries(Path root) throws Exception {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(f -> f.getFileName().toString().contains("sqlitejdbc")
                    && !f.getFileName().toString().endsWith(".lck")).toList();
        }
    }
}
