package org.mirrorhand.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.mirrorhand.history.HistoryException;
import org.mirrorhand.history.ProfileHistory;
import org.mirrorhand.history.SafeOutput;
import org.mirrorhand.history.StoredSession;
import org.mirrorhand.history.Trends;

/**
 * The therapist's report: a PDF with the trend charts and a table per week, and CSV files of the sessions, reps, ROM
 * and scales. Used by the `report` command and the review screen's Export button, so both give the same file. Any
 * thread (the screen calls it from a background task).
 */
public final class ProgressReport {
    private ProgressReport() {
    }

    /** What was written. */
    public record Written(Path pdf, List<Path> csvFiles) {
    }

    /**
     * Writes the report under the {@link SafeOutput} rule: every file is checked before any is written, and each goes
     * to a temporary file first and is renamed at the end, so a failure never leaves a half-written report under the
     * real name.
     *
     * @param pdf    the PDF file, or null for none
     * @param csvDir the folder for the CSV files (created, private, if missing), or null for none
     * @throws HistoryException naming the path when the rule refuses it or it cannot be written
     */
    public static Written write(ProfileHistory history, ZoneId zone, Path pdf, Path csvDir, SafeOutput rule) {
        List<Path> csvTargets = csvDir == null ? List.of() : CsvExport.files(csvDir.toAbsolutePath());
        csvTargets.forEach(rule::check);
        Path target = pdf == null ? null : rule.check(pdf);
        Trends trends = Trends.of(history, zone);
        List<Path> csv = csvDir == null ? List.of() : new CsvExport(history, zone).write(csvDir.toAbsolutePath(), rule);
        if (target != null) {
            rule.write(target, tmp -> new PdfReport(trends, zone, LocalDate.now(zone), history.sessions().stream()
                    .map(StoredSession::session).filter(s -> s.endedEarly() != null).toList()).write(tmp));
        }
        return new Written(target, csv);
    }
}
