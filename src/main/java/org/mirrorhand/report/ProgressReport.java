package org.mirrorhand.report;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.mirrorhand.history.HistoryException;
import org.mirrorhand.history.ProfileHistory;
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
     * Writes the report. The PDF goes to a temporary file first and is renamed at the end, so a failure never leaves a
     * half-written report under the real name.
     *
     * @param pdf    the PDF file, or null for none
     * @param csvDir the folder for the CSV files (created if missing), or null for none
     * @throws HistoryException naming the path when it cannot be written
     */
    public static Written write(ProfileHistory history, ZoneId zone, Path pdf, Path csvDir) {
        Trends trends = Trends.of(history, zone);
        List<Path> csv = List.of();
        if (csvDir != null) {
            Path dir = csvDir.toAbsolutePath();
            try {
                PrivateFiles.folder(dir);
                csv = new CsvExport(history, zone).write(dir);
            } catch (IOException e) {
                throw cannot("the CSV files to the folder", dir, e);
            }
        }
        Path target = null;
        if (pdf != null) {
            target = pdf.toAbsolutePath();
            if (Files.isDirectory(target)) {
                throw new HistoryException("the PDF path " + target + " is a folder; give a file name such as "
                        + target.resolve("report.pdf"));
            }
            try {
                PrivateFiles.folder(target.getParent());
                PrivateFiles.write(target, tmp -> new PdfReport(trends, zone, LocalDate.now(zone)).write(tmp));
            } catch (IOException e) {
                throw cannot("the PDF report to", target, e);
            }
        }
        return new Written(target, csv);
    }

    private static HistoryException cannot(String what, Path where, IOException e) {
        String why;
        if (e instanceof AccessDeniedException) {
            why = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            why = "a folder on the way does not exist";
        } else if (e instanceof FileAlreadyExistsException) {
            why = "a file is in the way where a folder should be";
        } else if (e instanceof FileSystemException fse && fse.getReason() != null) {
            why = fse.getReason();
        } else {
            why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return new HistoryException("cannot write " + what + " " + where + " (" + why
                + "); choose a place you can write to", e);
    }
}
