package org.mirrorhand.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.text.Normalizer;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.testing.JarRun;

/**
 * Names as people type them, through the packaged program: control characters refused, one profile per name however
 * its case or accents were typed, and the PDF report printing Chinese, Polish-Hungarian and Greek names exactly.
 */
class NamesIT {
    @TempDir
    Path dir;

    private static final String NFC = Normalizer.normalize("Anné", Normalizer.Form.NFC);
    private static final String NFD = Normalizer.normalize("Anné", Normalizer.Form.NFD);

    private JarRun run(String... args) throws Exception {
        return JarRun.withData(dir.resolve("data"), args);
    }

    @Test
    void aNameWithAnEscapeABellOrALineBreakIsRefusedInOnePrintableLine() throws Exception {
        for (String bad : new String[] {"Bob\u001b[2J", "Bob\u0007", "Bob\nSmith"}) {
            JarRun r = run("profile", "add", bad, "--affected", "left");
            assertEquals(1, r.exitCode, r.toString());
            assertEquals(1, r.errorLines().size(), r.toString());
            String line = r.errorLines().get(0);
            assertTrue(line.contains("type the name again without it"), line);
            assertFalse(line.chars().anyMatch(ch -> ch < 0x20), "the message itself prints no control character: " + line);
        }
        JarRun list = run("profile", "list");
        assertTrue(list.out.startsWith("No profiles yet"), list.toString());
    }

    @Test
    void aNameTypedInAnotherCaseOrAccentSpellingIsTheSameProfile() throws Exception {
        assertEquals(0, run("profile", "add", NFD, "--affected", "left").exitCode);
        JarRun again = run("profile", "add", "ANNÉ", "--affected", "right");
        assertEquals(1, again.exitCode, again.toString());
        assertTrue(again.err.contains("already a profile named \"" + NFC + "\""), again.toString());
        JarRun nfc = run("profile", "add", NFC, "--affected", "right");
        assertEquals(1, nfc.exitCode, nfc.toString());

        JarRun list = run("profile", "list");
        assertEquals(1, list.out.lines().count(), list.toString());
        assertTrue(list.out.startsWith(NFC + "\t"), "stored in NFC: " + list.out);
        JarRun target = run("profile", "target", "anne\u0301", "--minutes", "20", "--days", "4");
        assertEquals(0, target.exitCode, target.toString());
        assertTrue(target.out.startsWith(NFC + ": target 20 minutes"), target.toString());
    }

    @Test
    void anOldDatabaseWithTwoSpellingsOfOneNameKeepsBothAndFindsEachByItsExactSpelling() throws Exception {
        assertEquals(0, run("profile", "add", "Zoe", "--affected", "left").exitCode);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data/history.db"));
             Statement st = c.createStatement()) {
            // As an older MirrorHand stored them: NOCASE knew no accents, so both went in.
            st.execute("INSERT INTO profile(name, affected_side, created_ms) VALUES ('" + NFC + "', 'LEFT', 0)");
            st.execute("INSERT INTO profile(name, affected_side, created_ms) VALUES ('" + NFD + "', 'RIGHT', 0)");
        }
        JarRun list = run("profile", "list");
        assertEquals(3, list.out.lines().count(), list.toString());
        JarRun exact = run("profile", "target", NFD, "--minutes", "15", "--days", "3");
        assertEquals(0, exact.exitCode, exact.toString());
        JarRun unclear = run("profile", "target", "anné", "--minutes", "15", "--days", "3");
        assertEquals(1, unclear.exitCode, unclear.toString());
        assertTrue(unclear.err.contains("more than one profile") && unclear.err.contains("type the name exactly"),
                unclear.toString());
    }

    @Test
    void thePdfReportPrintsChineseLatinExtendedAndGreekNamesExactly() throws Exception {
        String[] names = {"王小明", "Łukasz Żółć-Ővári", "Αλέξανδρος Παπαδόπουλος"};
        Path shots = Files.createDirectories(Path.of("target/screenshots"));
        for (int i = 0; i < names.length; i++) {
            assertEquals(0, run("profile", "add", names[i], "--affected", "left").exitCode);
            assertEquals(0, run("scale", "add", "--profile", names[i], "--scale", "note", "--note",
                    "Note for " + names[i], "--date", "today").exitCode);
            Path pdf = dir.resolve("report-" + i + ".pdf");
            JarRun report = run("report", "--profile", names[i], "--pdf", pdf.toString());
            assertEquals(0, report.exitCode, report.toString());
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                String text = new PDFTextStripper().getText(doc);
                assertTrue(text.contains(names[i] + " - affected hand"), "name on the first page: " + text);
                assertTrue(text.contains("Note for " + names[i]), "note on the scales page: " + text);
                assertFalse(text.contains("?"), "nothing replaced: " + text);
                BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 110);
                ImageIO.write(page.getSubimage(0, 0, page.getWidth(), page.getHeight() / 6), "png",
                        shots.resolve("report-name-" + i + ".png").toFile());
            }
        }
    }
}
