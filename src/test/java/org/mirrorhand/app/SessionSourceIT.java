package org.mirrorhand.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.testing.JarRun;
import org.mirrorhand.testing.SharedMedia;

/** What {@code session --source} accepts, through the packaged program: a video, and a damaged one is marked cut short. */
class SessionSourceIT {
    @TempDir
    Path dir;

    private JarRun run(String... args) throws Exception {
        return JarRun.withData(dir.resolve("data"), args);
    }

    @BeforeEach
    void addAnn() throws Exception {
        assertEquals(0, run("profile", "add", "Ann", "--affected", "left").exitCode);
    }

    @Test
    void aStillPictureIsRefusedBecauseASessionNeedsAVideo() throws Exception {
        Path photo = SharedMedia.media("images/thumb_up.jpg");
        JarRun r = run("session", "--profile", "Ann", "--source", photo.toString());
        assertEquals(2, r.exitCode, r.toString());
        assertEquals(List.of("mirrorhand: " + photo + " is a still picture; a session needs a video (or the camera, in"
                + " the app): give a video file with --source"), r.errorLines());
        JarRun report = run("report", "--profile", "Ann", "--csv", dir.resolve("csv").toString());
        assertTrue(report.out.contains(": 0 sessions"), "nothing stored: " + report);
    }

    @Test
    void aTruncatedVideosSessionIsStoredAndMarkedCutShortInTheOutputAndTheReport() throws Exception {
        Path whole = dir.resolve("whole.mp4");
        ffmpeg("-i", SharedMedia.media("videos/open_palm_steady.mp4").toString(), "-t", "4", "-c", "copy",
                "-movflags", "+faststart", whole.toString());
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.mp4");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 3));

        JarRun r = run("session", "--profile", "Ann", "--source", cut.toString());
        assertEquals(1, r.exitCode, r.toString());
        Matcher m = Pattern.compile("Cut short: the video ended early \\(damaged\\?\\) — (\\d+) of (\\d+) frames analysed")
                .matcher(r.out);
        assertTrue(m.find(), r.toString());
        assertTrue(Integer.parseInt(m.group(1)) < Integer.parseInt(m.group(2)), m.group());
        String note = m.group().substring("Cut short: ".length());

        Path pdf = dir.resolve("report.pdf");
        JarRun report = run("report", "--profile", "Ann", "--csv", dir.resolve("csv").toString(), "--pdf",
                pdf.toString());
        assertEquals(0, report.exitCode, report.toString());
        List<String> sessions = Files.readAllLines(dir.resolve("csv/sessions.csv"));
        assertTrue(sessions.get(0).endsWith(",ended_early"), sessions.get(0));
        assertTrue(sessions.get(1).endsWith(",\"" + note + "\"") || sessions.get(1).endsWith("," + note),
                sessions.get(1));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " "); // long lines wrap
            assertTrue(text.contains("Sessions cut short") && text.contains(note), text);
        }
    }

    private static void ffmpeg(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("ffmpeg", "-v", "error", "-y"));
        command.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "skipped: ffmpeg is not installed (" + e.getMessage() + ")");
            return;
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "ffmpeg finished");
        assertEquals(0, p.exitValue(), new String(p.getInputStream().readAllBytes()));
    }
}
