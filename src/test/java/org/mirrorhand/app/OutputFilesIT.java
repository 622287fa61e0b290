package org.mirrorhand.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the packaged commands write, as a careless user would point them: at the history, a backup, their own input,
 * an existing file. Nothing of the history or an input may change; reports come out private even under umask 0.
 */
class OutputFilesIT {
    @TempDir
    Path dir;
    private String data;
    private Path db;

    @BeforeEach
    void aHistoryWithAProfileAndABackup() throws Exception {
        data = dir.resolve("data").toString();
        db = dir.resolve("data/history.db");
        assertEquals(0, ChildRun.run("profile", "add", "Ann", "--affected", "right", "--data-dir", data).exit());
        assertEquals(0, ChildRun.run("profile", "list", "--data-dir", data).exit());   // an open that backs it up
    }

    private void assertHistoryIntact(String after) throws Exception {
        ChildRun list = ChildRun.run("profile", "list", "--data-dir", data);
        assertEquals(0, list.exit(), after + "\n" + list);
        assertTrue(list.out().startsWith("Ann\t"), after + ": the profile is still there\n" + list);
    }

    @Test
    void exportAndReportRefuseTheHistoryDatabaseByAnyNameAndLeaveItWhole() throws Exception {
        Files.createDirectories(dir.resolve("elsewhere"));
        Path link = Files.createSymbolicLink(dir.resolve("ann.json"), db);
        for (String target : List.of(db.toString(), dir + "/elsewhere/../data/history.db", link.toString())) {
            ChildRun export = ChildRun.run("export", "--profile", "Ann", target, "--force", "--data-dir", data);
            assertEquals(1, export.exit(), export.toString());
            assertEquals(1, export.errorLines().size(), export.toString());
            assertTrue(export.errorLines().get(0).contains("it is the history database"), export.toString());
            assertHistoryIntact("export to " + target);

            ChildRun report = ChildRun.run("report", "--profile", "Ann", "--pdf", target, "--data-dir", data);
            assertEquals(1, report.exit(), report.toString());
            assertHistoryIntact("report --pdf " + target);
        }
    }

    @Test
    void aBackupIsNeverWrittenOver() throws Exception {
        Path backup;
        try (var files = Files.list(dir.resolve("data/backups"))) {
            backup = files.filter(p -> p.toString().endsWith(".db")).findFirst().orElseThrow();
        }
        byte[] before = Files.readAllBytes(backup);
        ChildRun export = ChildRun.run("export", "--profile", "Ann", backup.toString(), "--force", "--data-dir", data);
        ChildRun report = ChildRun.run("report", "--profile", "Ann", "--pdf", backup.toString(), "--data-dir", data);
        assertEquals(1, export.exit(), export.toString());
        assertEquals(1, report.exit(), report.toString());
        assertTrue(report.err().contains("backup"), report.toString());
        assertArrayEquals(before, Files.readAllBytes(backup));
    }

    @Test
    void analyzeRefusesToWriteItsJsonOverItsOwnInputAndDoesNotTouchIt() throws Exception {
        Path photo = dir.resolve("v.jpg");
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "jpg", photo.toFile());
        byte[] before = Files.readAllBytes(photo);

        ChildRun run = ChildRun.run("analyze", "--json", photo.toString(), photo.toString());

        assertEquals(2, run.exit(), run.toString());
        assertEquals(List.of("mirrorhand: " + photo.toRealPath() + ": not written, because it is one of this command's inputs and "
                + "MirrorHand never writes over it; choose another file name"), run.errorLines());
        assertArrayEquals(before, Files.readAllBytes(photo), "the input is untouched");
    }

    @Test
    void anExistingFileIsReplacedOnlyWithForce() throws Exception {
        Path out = Files.writeString(dir.resolve("ann.json"), "the therapist's copy");
        ChildRun refused = ChildRun.run("export", "--profile", "Ann", out.toString(), "--data-dir", data);
        assertEquals(1, refused.exit(), refused.toString());
        assertTrue(refused.err().contains("already exists; choose another name, or add --force"), refused.toString());
        assertEquals("the therapist's copy", Files.readString(out));

        ChildRun forced = ChildRun.run("export", "--profile", "Ann", out.toString(), "--force", "--data-dir", data);
        assertEquals(0, forced.exit(), forced.toString());
        assertTrue(Files.readString(out).contains("\"mirrorhand-history\""));
    }

    @Test
    void reportsExportsAndTheHistoryArePrivateEvenUnderUmaskZero() throws Exception {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "skipped: no POSIX permissions");
        String fresh = dir.resolve("fresh").toString();
        for (String[] args : List.of(new String[] {"profile", "add", "Bo", "--affected", "left"},
                new String[] {"profile", "list"},
                new String[] {"report", "--profile", "Bo", "--pdf", dir + "/out/r.pdf", "--csv", dir + "/out/csv"},
                new String[] {"export", "--profile", "Bo", dir + "/out/bo.json"})) {
            String[] withData = java.util.stream.Stream.concat(List.of(args).stream(),
                    java.util.stream.Stream.of("--data-dir", fresh)).toArray(String[]::new);
            ChildRun run = ChildRun.run(Map.of(), "000", withData);
            assertEquals(0, run.exit(), run.toString());
        }
        for (String file : List.of("out/r.pdf", "out/csv/sessions.csv", "out/csv/reps.csv", "out/bo.json",
                "fresh/history.db", "fresh/backups/history-" + java.time.LocalDate.now() + ".db")) {
            assertEquals("rw-------", mode(dir.resolve(file)), file);
        }
        for (String folder : List.of("out", "out/csv", "fresh", "fresh/backups")) {
            assertEquals("rwx------", mode(dir.resolve(folder)), folder);
        }
    }

    static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
