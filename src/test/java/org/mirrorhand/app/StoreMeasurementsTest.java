package org.mirrorhand.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.history.Finger;
import org.mirrorhand.history.SessionMode;
import org.mirrorhand.history.Side;
import org.mirrorhand.history.SqliteSessionStore;
import org.mirrorhand.history.Trends;
import org.mirrorhand.metrics.SyntheticSummaries;
import org.mirrorhand.mirror.AffectedSide;

/** A finished "Measure my hand" lands in a real SQLite history as a measurement session that My progress charts. */
class StoreMeasurementsTest {

    @TempDir
    Path dir;

    private static final Instant START = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void bothHandsAreSavedAsOneMeasurementSessionAndTheOpeningChartShowsIt() {
        Path file = dir.resolve("history.db");
        try (SqliteSessionStore store = SqliteSessionStore.open(file)) {
            store.addProfile("Ann", Side.LEFT);
            Optional<String> problem = StoreMeasurements.into(store).save("Ann", AffectedSide.LEFT, "camera", START,
                    START.plusSeconds(95), Map.of(AffectedSide.RIGHT, SyntheticSummaries.openingTo(1.0, "Left"),
                            AffectedSide.LEFT, SyntheticSummaries.openingTo(0.5, "Right")));
            assertEquals(Optional.empty(), problem);
        }
        // Reopened from the file, as My progress would find it the next day.
        try (SqliteSessionStore store = SqliteSessionStore.open(file)) {
            var ann = store.requireProfile("Ann");
            var history = store.wholeHistory(ann, ZoneId.of("UTC"));
            assertEquals(1, history.sessions().size());
            var session = history.sessions().get(0);
            assertEquals(SessionMode.MEASURE, session.session().mode());
            assertEquals(95_000, session.session().durationMs(), "wall-clock time of the measurement");
            assertEquals(2, session.rom().size(), "both hands");
            var affected = session.rom().stream().filter(r -> r.hand() == Side.LEFT).findFirst().orElseThrow();
            assertTrue(affected.tamDeg().get(Finger.INDEX) > 0, "per-finger motion is stored: " + affected);

            var opening = Trends.of(history, ZoneId.of("UTC")).openingPercent();
            assertEquals(1, opening.size(), "the opening chart has the measurement");
            assertEquals(50, opening.get(0).value(), 10, "a hand opening half as far shows about 50 %");
        }
    }

    @Test
    void aMeasurementWithNobodyChosenIsNotSavedAndSaysSo() {
        try (SqliteSessionStore store = SqliteSessionStore.open(dir.resolve("history.db"))) {
            Optional<String> problem = StoreMeasurements.into(store).save("", AffectedSide.LEFT, "camera", START,
                    START.plusSeconds(60), Map.of(AffectedSide.RIGHT, SyntheticSummaries.openingTo(1.0, "Left")));
            assertTrue(problem.orElse("").contains("not saved"), problem.toString());
        }
    }
}
