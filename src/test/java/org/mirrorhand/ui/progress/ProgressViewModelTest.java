package org.mirrorhand.ui.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.history.SampleHistory;
import org.mirrorhand.history.Side;
import org.mirrorhand.history.SqliteSessionStore;

class ProgressViewModelTest {
    private static final LocalDate START = LocalDate.of(2026, 9, 7);
    private static final LocalDate TODAY = START.plusWeeks(6).minusDays(1);

    @TempDir
    Path dir;

    @Test
    void loadingProfilesSelectsTheOneAskedForAndShowsItsTrends() {
        try (SqliteSessionStore store = SqliteSessionStore.open(dir.resolve("h.db"))) {
            store.addProfile("Bob", Side.RIGHT);
            store.importHistory(SampleHistory.weeks("Ann", START, 6, 3), "Ann");
            ProgressViewModel vm = new ProgressViewModel(store, ZoneId.systemDefault(), Background.SAME_THREAD, TODAY);
            vm.loadProfiles("ann");
            assertEquals("Ann", vm.profileProperty().get().name());
            assertNotNull(vm.trendsProperty().get());
            assertEquals(START, vm.fromProperty().get(), "six weeks back from today by default");
            assertTrue(vm.statusProperty().get().contains("sessions"), vm.statusProperty().get());
            assertTrue(vm.trendsProperty().get().volume().size() > 20);
            assertTrue(vm.sessions().size() > 40);
            String newest = vm.sessions().get(0);
            assertTrue(newest.startsWith(org.mirrorhand.history.Dates.dayShort(java.time.LocalDate.of(2026, 10, 17)) + " ")
                    || newest.startsWith(org.mirrorhand.history.Dates.dayShort(java.time.LocalDate.of(2026, 10, 18)) + " "),
                    "newest first: " + vm.sessions().get(0));
        }
    }

    @Test
    void datesTheWrongWayRoundAreExplainedAndNothingIsLoaded() {
        try (SqliteSessionStore store = SqliteSessionStore.open(dir.resolve("h.db"))) {
            store.addProfile("Bob", Side.RIGHT);
            ProgressViewModel vm = new ProgressViewModel(store, ZoneId.systemDefault(), Background.SAME_THREAD, TODAY);
            vm.loadProfiles(null);
            vm.fromProperty().set(TODAY);
            vm.toProperty().set(TODAY.minusDays(3));
            vm.show();
            assertTrue(vm.statusProperty().get().contains("Put the earlier date first"), vm.statusProperty().get());
        }
    }

    @Test
    void anEmptyHistorySaysSoInPlainWords() {
        try (SqliteSessionStore store = SqliteSessionStore.open(dir.resolve("h.db"))) {
            ProgressViewModel vm = new ProgressViewModel(store, ZoneId.systemDefault(), Background.SAME_THREAD, TODAY);
            vm.loadProfiles(null);
            assertNull(vm.trendsProperty().get());
            assertTrue(vm.statusProperty().get().startsWith("No profiles yet"), vm.statusProperty().get());
        }
    }

    @Test
    void exportWritesTheSameReportAsTheCommandAndAFailureIsShownNotThrown() throws Exception {
        try (SqliteSessionStore store = SqliteSessionStore.open(dir.resolve("h.db"))) {
            store.importHistory(SampleHistory.weeks("Ann", START, 2, 3), "Ann");
            ProgressViewModel vm = new ProgressViewModel(store, ZoneId.systemDefault(), Background.SAME_THREAD, TODAY);
            vm.loadProfiles("Ann");
            vm.export(dir.resolve("out"));
            Path folder = dir.resolve("out/mirrorhand-Ann-" + START + "-to-" + TODAY);
            assertTrue(Files.size(folder.resolve("report.pdf")) > 10_000);
            assertTrue(Files.exists(folder.resolve("reps.csv")));
            assertTrue(vm.statusProperty().get().startsWith("Report saved in"), vm.statusProperty().get());

            Path blocker = Files.writeString(dir.resolve("blocker"), "x");
            vm.export(blocker);
            assertTrue(vm.statusProperty().get().startsWith("cannot write"), vm.statusProperty().get());
            assertEquals(false, vm.busyProperty().get());
        }
    }
}
