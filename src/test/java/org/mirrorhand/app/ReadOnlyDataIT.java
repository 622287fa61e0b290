package org.mirrorhand.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A history on a read-only disk (a copy on a locked stick, a folder the user may only read): the reading commands work
 * through the packaged program, and a command that must write says the folder is read-only. As root, permission bits do
 * not bind, so the folder is a real read-only file system (a tmpfs remounted read-only); otherwise its bits are cleared.
 */
class ReadOnlyDataIT {
    @TempDir
    Path dir;
    private Path mounted;

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            new ProcessBuilder("umount", mounted.toString()).inheritIO().start().waitFor();
        }
    }

    @Test
    void profileListReportAndCheckWorkOnAReadOnlyFolderAndAWriteSaysWhy() throws Exception {
        Path data = dir.resolve("data");
        makeWritableArea(data);
        String d = data.toString();
        assertEquals(0, ChildRun.run("profile", "add", "Ann", "--affected", "right", "--data-dir", d).exit());
        makeReadOnly(data);

        ChildRun list = ChildRun.run("profile", "list", "--data-dir", d);
        assertEquals(0, list.exit(), list.toString());
        assertTrue(list.out().startsWith("Ann\t"), list.toString());
        ChildRun check = ChildRun.run("database", "check", "--data-dir", d);
        assertEquals(0, check.exit(), check.toString());
        assertTrue(check.out().contains("is fine: 1 profiles"), check.toString());
        ChildRun report = ChildRun.run("report", "--profile", "Ann", "--csv", dir.resolve("csv").toString(),
                "--data-dir", d);
        assertEquals(0, report.exit(), report.toString());
        assertTrue(Files.exists(dir.resolve("csv/sessions.csv")));

        ChildRun add = ChildRun.run("profile", "add", "Bo", "--affected", "left", "--data-dir", d);
        assertEquals(1, add.exit(), add.toString());
        assertEquals(1, add.errorLines().size(), add.toString());
        assertTrue(add.errorLines().get(0).contains("is read-only, so nothing can be saved"), add.toString());
    }

    private void makeWritableArea(Path data) throws Exception {
        Files.createDirectories(data);
        if (isRoot()) {
            assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=16m,mode=700", "mirrorhand-test", data.toString()),
                    "skipped: running as root but cannot mount a tmpfs to make a read-only file system");
            mounted = data;
        }
    }

    private void makeReadOnly(Path data) throws Exception {
        if (mounted != null) {
            assertTrue(run("mount", "-o", "remount,ro", data.toString()), "remount read-only");
        } else {
            try (var all = Files.walk(data)) {
                for (Path p : (Iterable<Path>) all::iterator) {
                    p.toFile().setWritable(false, false);
                }
            }
            assumeTrue(!Files.isWritable(data), "skipped: this file system ignores permission bits");
        }
    }

    private static boolean isRoot() throws Exception {
        Process p = new ProcessBuilder("id", "-u").start();
        return new String(p.getInputStream().readAllBytes()).strip().equals("0") && p.waitFor() == 0;
    }

    private static boolean run(String... command) throws Exception {
        return new ProcessBuilder(List.of(command)).inheritIO().start().waitFor() == 0;
    }
}
