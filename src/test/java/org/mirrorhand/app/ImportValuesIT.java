package org.mirrorhand.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.testing.JarRun;

/**
 * {@code import} through the packaged program checks the values in the file, not only its shape: one bad value refuses
 * the whole file with one line naming the record, and nothing is imported.
 */
class ImportValuesIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate DAY = LocalDate.now().minusDays(3);

    @TempDir
    Path dir;
    private Path good;

    private JarRun run(String... args) throws Exception {
        return JarRun.withData(dir.resolve("data"), args);
    }

    @BeforeEach
    void exportAnnWithOneSession() throws Exception {
        assertEquals(0, run("profile", "add", "Ann", "--affected", "left").exitCode);
        long start = DAY.atTime(9, 30).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data/history.db"));
             Statement st = c.createStatement()) {
            st.execute("INSERT INTO session(profile_id, mode, affected_side, start_ms, duration_ms, status, source) "
                    + "VALUES (1, 'MEASURE', 'LEFT', " + start + ", 60000, 'COMPLETED', 'camera')");
            st.execute("INSERT INTO rep(session_id, number, hand, start_ms, open_ms, end_ms, peak_opening_percent, "
                    + "ext_thumb, ext_index, ext_middle, ext_ring, ext_little, hold_ms) "
                    + "VALUES (1, 1, 'LEFT', 100, 500, 900, 80, 170, 175, 176, 172, NULL, 200)");
            st.execute("INSERT INTO rom VALUES (1, 'LEFT', 60, 5, 170, 175, 176, 172, 160, 150, 250, 255, 240, 230, "
                    + "5, 5, 5, 5, 5)");
        }
        assertEquals(0, run("scale", "add", "--profile", "Ann", "--scale", "ashworth", "--value", "2", "--date",
                DAY.toString()).exitCode);
        good = dir.resolve("ann.json");
        assertEquals(0, run("export", "--profile", "Ann", good.toString()).exitCode);
    }

    private JarRun importChanged(Consumer<ObjectNode> change) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(good.toFile());
        change.accept(root);
        Path bad = dir.resolve("bad.json");
        JSON.writeValue(bad.toFile(), root);
        return run("import", bad.toString(), "--as", "Bea");
    }

    private static ObjectNode session(ObjectNode root) {
        return (ObjectNode) root.get("sessions").get(0).get("session");
    }

    private static ObjectNode rep(ObjectNode root) {
        return (ObjectNode) root.get("sessions").get(0).get("reps").get(0);
    }

    private void assertRefused(JarRun r, String expected) throws Exception {
        assertEquals(1, r.exitCode, r.toString());
        assertEquals(1, r.errorLines().size(), r.toString());
        String line = r.errorLines().get(0);
        assertTrue(line.contains(expected), "expected \"" + expected + "\" in: " + line);
        assertTrue(line.endsWith("nothing was imported"), line);
        assertFalse(run("profile", "list").out.contains("Bea"), "nothing imported");
    }

    @Test
    void theUnchangedExportImports() throws Exception {
        JarRun r = run("import", good.toString(), "--as", "Bea");
        assertEquals(0, r.exitCode, r.toString());
    }

    @Test
    void anAbsurdOpeningPercentageIsRefusedNamingTheSessionAndRep() throws Exception {
        assertRefused(importChanged(root -> rep(root).put("peakOpeningPercent", 1e300)),
                "session 1 (" + DAY + "), rep 1 of the left hand: opening 1e300 % is out of range 0–100 %");
    }

    @Test
    void aNegativeDurationIsRefused() throws Exception {
        assertRefused(importChanged(root -> session(root).put("durationMs", -5)),
                "session 1 (" + DAY + "): duration -5 ms is out of range");
    }

    @Test
    void anImpossibleExtensionAngleIsRefused() throws Exception {
        assertRefused(importChanged(root -> ((ObjectNode) root.get("sessions").get(0).get("rom").get(0)
                .get("extensionDeg")).put("index", -999)),
                "left hand range of motion: index extension -999° is out of range -360–180°");
    }

    @Test
    void aSessionStillMarkedRunningIsRefused() throws Exception {
        assertRefused(importChanged(root -> session(root).put("status", "RUNNING")), "still recording (RUNNING)");
    }

    @Test
    void aStartTimeFarInTheFutureIsRefusedInWordsNotAsALongOverflow() throws Exception {
        JarRun r = importChanged(root -> session(root).put("start", "+300000000-01-01T00:00:00Z"));
        assertFalse(r.err.contains("overflow"), r.toString());
        assertRefused(r, "session 1: its start time +300000000-01-01T00:00:00Z is out of range 2000 to today");
    }

    @Test
    void aTherapistEntryDatedBefore1900IsRefused() throws Exception {
        assertRefused(importChanged(root -> ((ObjectNode) root.get("scales").get(0)).put("date", "0001-01-01")),
                "therapist entry 1 (0001-01-01): the date 0001-01-01 is before 1900");
    }
}
