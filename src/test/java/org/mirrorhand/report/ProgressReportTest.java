package org.mirrorhand.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.history.HistoryException;
import org.mirrorhand.history.Profile;
import org.mirrorhand.history.ProfileHistory;
import org.mirrorhand.history.SafeOutput;
import org.mirrorhand.history.SampleHistory;
import org.mirrorhand.history.SqliteSessionStore;

class ProgressReportTest {
    private static final ZoneId ZONE = ZoneId.systemDefault();
    private static final LocalDate START = LocalDate.of(2026, 9, 7);

    @TempDir
    Path dir;

    private ProfileHistory sixWeeks() {
        try (SqliteSessionStore store = SqliteSessionStore.open(dir.resolve("h.db"))) {
            Profile ann = store.importHistory(SampleHistory.weeks("Ann", START, 6, 42), "Ann");
            return store.history(ann, START, START.plusWeeks(6).minusDays(1), ZONE);
        }
    }

    @Test
    void thePdfHasChartPagesThatRenderWithInkAndTheCsvsHoldEveryRep() throws Exception {
        ProfileHistory h = sixWeeks();
        Path pdf = dir.resolve("out/report.pdf");
        ProgressReport.Written w = ProgressReport.write(h, ZONE, pdf, dir.resolve("csv"), SafeOutput.replacing(false));
        assertEquals(4, w.csvFiles().size());

        Path shots = Path.of("target/screenshots");
        Files.createDirectories(shots);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(4, doc.getNumberOfPages());
            PDFRenderer r = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage img = r.renderImageWithDPI(i, 60);
                ImageIO.write(img, "png", shots.resolve("report-page-" + (i + 1) + ".png").toFile());
                double ink = inkShare(img);
                assertTrue(ink > 0.005, "page " + (i + 1) + " is nearly blank: " + ink);
            }
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Ann") && text.contains("Week by week") && text.contains("Dose this week"), text);
        }
        List<String> reps = Files.readAllLines(dir.resolve("csv/reps.csv"));
        assertEquals(h.repCount() + 1, reps.size());
        List<String> sessions = Files.readAllLines(dir.resolve("csv/sessions.csv"));
        assertEquals(h.sessions().size() + 1, sessions.size());
        assertTrue(sessions.stream().anyMatch(l -> l.contains(",interrupted,")));
    }

    @Test
    void anUnwritablePdfPathIsNamedAndNothingIsLeftBehind() throws Exception {
        ProfileHistory h = sixWeeks();
        Path blocker = Files.writeString(dir.resolve("a-file"), "x");
        HistoryException e = assertThrows(HistoryException.class,
                () -> ProgressReport.write(h, ZONE, blocker.resolve("report.pdf"), null, SafeOutput.replacing(false)));
        assertTrue(e.getMessage().contains(blocker.resolve("report.pdf").toString()), e.getMessage());
        assertTrue(e.getMessage().contains("choose a place you can write to"), e.getMessage());
        assertEquals("x", Files.readString(blocker));
    }

    @Test
    void aNameMixingLatinAndChineseLettersPrintsExactlyInTheReport() throws Exception {
        try (SqliteSessionStore store = SqliteSessionStore.open(dir.resolve("u.db"))) {
            Profile p = store.importHistory(SampleHistory.weeks("x", START, 1, 5), "Zoë 李, \"Ann\"");
            ProfileHistory h = store.history(p, START, START.plusDays(6), ZONE);
            Path pdf = dir.resolve("u.pdf");
            ProgressReport.write(h, ZONE, pdf, dir.resolve("u-csv"), SafeOutput.replacing(false));
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                String text = new PDFTextStripper().getText(doc);
                assertTrue(text.contains("Zoë 李, \"Ann\""), text);
            }
            assertTrue(Files.readAllLines(dir.resolve("u-csv/sessions.csv")).get(1).contains("\"Zoë 李, \"\"Ann\"\"\""));
        }
    }

    @Test
    void csvCellsThatLookLikeFormulasOrHoldCommasAreQuoted() {
        assertEquals("\"a, b\"", CsvExport.quote("a, b"));
        assertEquals("'=1+2", CsvExport.quote("=1+2"));
        assertEquals("12.5", CsvExport.num(12.5));
        assertEquals("100", CsvExport.num(100));
        assertEquals("", CsvExport.num(Double.NaN));
    }

    private static double inkShare(BufferedImage img) {
        long dark = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int lum = ((rgb >> 16 & 255) + (rgb >> 8 & 255) + (rgb & 255)) / 3;
                if (lum < 200) {
                    dark++;
                }
            }
        }
        return dark / (double) (img.getWidth() * img.getHeight());
    }
}
