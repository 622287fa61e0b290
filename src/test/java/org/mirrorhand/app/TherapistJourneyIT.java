package org.mirrorhand.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.history.SampleHistory;
import org.mirrorhand.ui.ScreenId;
import org.mirrorhand.ui.progress.ProgressView;

/**
 * A therapist reviews six weeks of a survivor's practice and scales, stored through the real history, and exports the
 * report, keyboard only. The report must exist, be a PDF, and be readable by the user alone.
 */
class TherapistJourneyIT {

    @TempDir
    Path data;

    @TempDir
    Path exports;

    @Test
    void aTherapistReadsSixWeeksOfProgressAndExportsAPrivateReport() throws Exception {
        LocalDate firstMonday = LocalDate.now().minusWeeks(5).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        try (Journey j = Journey.open("therapist", data, null,
                store -> store.importHistory(SampleHistory.weeks("Ann", firstMonday, 6, 7), "Ann"))) {
            j.waitForScreen(ScreenId.START).readable("start");
            j.tabTo("My progress").key(KeyCode.ENTER).waitForScreen(ScreenId.PROGRESS).waitForText("sessions and");
            j.readable("progress-top");
            j.assertShows("Therapist's scores");
            j.assertShows("Sessions, newest first");

            // The native folder dialog cannot be driven by a test: it answers with a temporary folder instead.
            j.fx(() -> {
                progressView(j.scene().getRoot()).setExportFolderChooser(window -> exports);
                return null;
            });
            j.tabTo("E_xport report…").key(KeyCode.ENTER);
            j.waitUntil("the report is written", () -> j.texts().stream().anyMatch(t -> t.startsWith("Report saved in")),
                    java.time.Duration.ofSeconds(90));
            j.readable("report-exported");
            j.key(KeyCode.ESCAPE).waitForScreen(ScreenId.START);

            List<Path> pdfs;
            try (Stream<Path> files = Files.walk(exports)) {
                pdfs = files.filter(p -> p.toString().endsWith(".pdf")).toList();
            }
            assertEquals(1, pdfs.size(), "one report: " + pdfs);
            Path pdf = pdfs.get(0);
            assertTrue(Files.size(pdf) > 10_000, "a report with charts: " + Files.size(pdf) + " bytes");
            assertEquals("%PDF", new String(Files.readAllBytes(pdf), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(pdf)),
                    "the report is the user's alone");
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(pdf.getParent())),
                    "its folder too");
            try (Stream<Path> csv = Files.list(pdf.getParent())) {
                for (Path p : csv.filter(f -> f.toString().endsWith(".csv")).toList()) {
                    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(p)),
                            p.getFileName() + " is the user's alone");
                }
            }
        }
    }

    private static ProgressView progressView(Node node) {
        if (node instanceof ProgressView v) {
            return v;
        }
        if (node instanceof javafx.scene.Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                ProgressView v = progressView(child);
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }
}
