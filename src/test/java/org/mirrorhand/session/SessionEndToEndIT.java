package org.mirrorhand.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.testing.JarRun;
import org.mirrorhand.testing.SharedMedia;

/**
 * The packaged program end to end, as a therapist uses it: add a profile, run `session` on a real video of two hands
 * opening and closing three times, then `report`. The PDF's pages must render with ink and the CSVs must hold 3 reps
 * per hand.
 */
class SessionEndToEndIT {
    @TempDir
    Path dir;

    @Test
    void aSessionOnARealVideoThenAReportGivesThreeRepsPerHandAndAPdfThatRenders() throws Exception {
        Path video = SharedMedia.media("videos/two_hands_open_close_5fps.mp4");
        String data = dir.resolve("data").toString();
        JarRun add = JarRun.run("profile", "add", "Ann", "--affected", "left", "--data-dir", data);
        assertEquals(0, add.exitCode, add.toString());

        JarRun session = JarRun.run("session", "--profile", "Ann", "--source", video.toString(), "--mode", "mirror",
                "--data-dir", data);
        assertEquals(0, session.exitCode, session.toString());
        assertTrue(session.out.contains("reps: left hand 3, right hand 3"), session.toString());
        assertEquals(6, session.out.lines().filter(l -> l.startsWith("rep ")).count(), session.out);
        assertTrue(session.out.contains("ROM left hand") && session.out.contains("ROM right hand"), session.out);

        Path pdf = dir.resolve("out/report.pdf");
        Path csv = dir.resolve("out/csv");
        JarRun report = JarRun.run("report", "--profile", "Ann", "--pdf", pdf.toString(), "--csv", csv.toString(),
                "--data-dir", data);
        assertEquals(0, report.exitCode, report.toString());

        List<String> reps = Files.readAllLines(csv.resolve("reps.csv"));
        assertEquals(3, reps.stream().filter(l -> l.split(",")[2].equals("left")).count(), String.join("\n", reps));
        assertEquals(3, reps.stream().filter(l -> l.split(",")[2].equals("right")).count(), String.join("\n", reps));
        List<String> sessions = Files.readAllLines(csv.resolve("sessions.csv"));
        assertEquals(2, sessions.size());
        assertTrue(sessions.get(1).contains(",mirror,left,completed,"), sessions.get(1));
        assertEquals(3, Files.readAllLines(csv.resolve("rom.csv")).size(), "a header and one row per hand");

        Path shots = Path.of("target/screenshots");
        Files.createDirectories(shots);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer r = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage img = r.renderImageWithDPI(i, 60);
                ImageIO.write(img, "png", shots.resolve("e2e-report-page-" + (i + 1) + ".png").toFile());
                assertTrue(ink(img) > 0.005, "page " + (i + 1) + " is blank");
            }
        }
    }

    static double ink(BufferedImage img) {
        long dark = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                if (((rgb >> 16 & 255) + (rgb >> 8 & 255) + (rgb & 255)) / 3 < 200) {
                    dark++;
                }
            }
        }
        return dark / (double) (img.getWidth() * img.getHeight());
    }
}
