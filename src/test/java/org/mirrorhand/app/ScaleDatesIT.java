package org.mirrorhand.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.testing.JarRun;

/** Therapist entry dates through the packaged program: 1900 to today, every one listed, the baseline in the report. */
class ScaleDatesIT {
    @TempDir
    Path dir;

    private JarRun run(String... args) throws Exception {
        return JarRun.withData(dir.resolve("data"), args);
    }

    private void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data/history.db"));
             Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }

    @BeforeEach
    void addAnn() throws Exception {
        assertEquals(0, run("profile", "add", "Ann", "--affected", "left").exitCode);
    }

    @Test
    void aDateBefore1900OrAfterTodayIsRefusedInOneLineAndNothingIsStored() throws Exception {
        JarRun old = run("scale", "add", "--profile", "Ann", "--scale", "note", "--note", "x", "--date", "0001-01-01");
        assertEquals(1, old.exitCode, old.toString());
        assertEquals(1, old.errorLines().size(), old.toString());
        assertTrue(old.err.contains("the date 0001-01-01 is before 1900"), old.toString());

        JarRun future = run("scale", "add", "--profile", "Ann", "--scale", "fugl-meyer-hand", "--value", "3",
                "--date", "2099-01-01");
        assertEquals(1, future.exitCode, future.toString());
        assertTrue(future.err.contains("the date 2099-01-01 is after today"), future.toString());

        assertEquals("", run("scale", "list", "--profile", "Ann").out);
    }

    @Test
    void scaleListShowsEveryEntryEvenOneAnOlderVersionStoredBefore1900() throws Exception {
        sql("INSERT INTO scale(profile_id, day, kind, value, note) VALUES (1, '1850-03-01', 'NOTE', NULL, 'slip')");
        assertEquals(0, run("scale", "add", "--profile", "Ann", "--scale", "ashworth", "--value", "1+", "--date",
                "2026-01-05").exitCode);
        JarRun list = run("scale", "list", "--profile", "Ann");
        assertEquals(2, list.out.lines().count(), list.toString());
        assertTrue(list.out.startsWith("1850-03-01\tnote"), list.toString());
    }

    @Test
    void theDefaultReportRangeStartsAtTheBaselineAssessmentEnteredBeforeTheFirstSession() throws Exception {
        LocalDate today = LocalDate.now();
        LocalDate baseline = today.minusDays(60);
        LocalDate firstSession = today.minusDays(10);
        assertEquals(0, run("scale", "add", "--profile", "Ann", "--scale", "fugl-meyer-hand", "--value", "4",
                "--date", baseline.toString()).exitCode);
        long startMs = firstSession.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        sql("INSERT INTO session(profile_id, mode, affected_side, start_ms, duration_ms, status, source) VALUES (1, "
                + "'MEASURE', 'LEFT', " + startMs + ", 60000, 'COMPLETED', 'camera')");

        JarRun report = run("report", "--profile", "Ann", "--csv", dir.resolve("csv").toString());
        assertEquals(0, report.exitCode, report.toString());
        assertTrue(report.out.contains("Report for Ann, " + baseline + " to " + today + ": 1 sessions"),
                report.toString());
        assertTrue(Files.readString(dir.resolve("csv/scales.csv")).contains(baseline.toString()),
                "the baseline is in the scales CSV");
    }
}
