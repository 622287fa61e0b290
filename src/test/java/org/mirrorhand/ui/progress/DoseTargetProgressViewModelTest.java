package org.mirrorhand.ui.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.history.DoseTarget;
import org.mirrorhand.history.SampleHistory;
import org.mirrorhand.history.SqliteSessionStore;
import org.mirrorhand.ui.progress.DoseTargetViewModel.Field;

/** The "Change target" form's logic over a real SQLite file; everything runs on the test thread. */
class DoseTargetProgressViewModelTest {
    private static final LocalDate START = LocalDate.of(2026, 9, 7);
    private static final LocalDate TODAY = START.plusWeeks(6).minusDays(1);

    @TempDir
    Path dir;

    private ProgressViewModel shownAnn(SqliteSessionStore store) {
        store.importHistory(SampleHistory.weeks("Ann", START, 6, 3), "Ann");
        ProgressViewModel vm = new ProgressViewModel(store, ZoneId.systemDefault(), Background.SAME_THREAD, TODAY);
        vm.loadProfiles("Ann");
        return vm;
    }

    private static DoseTarget stored(SqliteSessionStore store) {
        return store.findProfile("Ann").orElseThrow().doseTarget();
    }

    @Test
    void savingANewTargetWritesItToTheStoreAndRedrawsTheMeterAtOnce() {
        Path file = dir.resolve("h.db");
        try (SqliteSessionStore store = SqliteSessionStore.open(file)) {
            ProgressViewModel vm = shownAnn(store);
            DoseTargetViewModel form = vm.doseTarget();
            assertEquals(DoseTarget.DEFAULT, vm.trendsProperty().get().dose().target());
            form.open();
            assertTrue(form.editingProperty().get());
            assertEquals("30", form.minutesProperty().get(), "the form starts from the target on screen");
            assertEquals("5", form.daysProperty().get());

            form.minutesProperty().set(" 45 ");
            form.daysProperty().set("4");
            form.save();

            assertFalse(form.editingProperty().get(), "the form closes once saved");
            assertFalse(form.problemProperty().get());
            assertEquals("Saved for Ann. Aim: 45 minutes a day, 4 days a week.", form.messageProperty().get());
            assertEquals(new DoseTarget(45, 4), stored(store));
            assertEquals(new DoseTarget(45, 4), vm.trendsProperty().get().dose().target(), "meter and guide redraw");
            assertEquals(new DoseTarget(45, 4), vm.profileProperty().get().doseTarget());
            assertEquals(new DoseTarget(45, 4), vm.profiles().get(0).doseTarget());
        }
        try (SqliteSessionStore reopened = SqliteSessionStore.open(file)) {
            assertEquals(new DoseTarget(45, 4), stored(reopened), "committed to the file, not only held in memory");
        }
    }

    @Test
    void eachKindOfBadNumberNamesTheFieldAndItsRangeAndSavesNothing() {
        try (SqliteSessionStore store = SqliteSessionStore.open(dir.resolve("h.db"))) {
            ProgressViewModel vm = shownAnn(store);
            DoseTargetViewModel form = vm.doseTarget();
            form.open();
            String[][] cases = {
                    {"", "5", "Minutes a day is empty. Type a whole number from 1 to 600. Nothing was saved.", "MINUTES"},
                    {"0", "5", "Minutes a day must be a whole number from 1 to 600, not “0”. Nothing was saved.",
                            "MINUTES"},
                    {"601", "5", "Minutes a day must be a whole number from 1 to 600, not “601”. Nothing was saved.",
                            "MINUTES"},
                    {"thirty", "5", "Minutes a day must be a whole number from 1 to 600, not “thirty”. Nothing was saved.",
                            "MINUTES"},
                    {"-5", "5", "Minutes a day must be a whole number from 1 to 600, not “-5”. Nothing was saved.",
                            "MINUTES"},
                    {"30", "8", "Days a week must be a whole number from 1 to 7, not “8”. Nothing was saved.", "DAYS"},
                    {"30", " ", "Days a week is empty. Type a whole number from 1 to 7. Nothing was saved.", "DAYS"},
                    {"30", "2.5", "Days a week must be a whole number from 1 to 7, not “2.5”. Nothing was saved.",
                            "DAYS"},
                    {"99999999999", "5",
                            "Minutes a day must be a whole number from 1 to 600, not “99999999999”. Nothing was saved.",
                            "MINUTES"},
            };
            for (String[] c : cases) {
                form.minutesProperty().set(c[0]);
                form.daysProperty().set(c[1]);
                form.save();
                assertEquals(c[2], form.messageProperty().get());
                assertTrue(form.problemProperty().get());
                assertEquals(Field.valueOf(c[3]), form.problemFieldProperty().get());
                assertTrue(form.editingProperty().get(), "the form stays open with what was typed");
                assertEquals(c[0], form.minutesProperty().get());
                assertEquals(DoseTarget.DEFAULT, stored(store));
                assertEquals(DoseTarget.DEFAULT, vm.trendsProperty().get().dose().target());
            }
            form.minutesProperty().set("20");
            form.daysProperty().set("7");
            form.save();
            assertEquals(new DoseTarget(20, 7), stored(store), "the screen keeps working after mistakes");
        }
    }

    @Test
    void aLockedDatabaseIsExplainedAndTheTypedNumbersAndOldTargetAreKept() throws Exception {
        Path file = dir.resolve("h.db");
        try (SqliteSessionStore store = SqliteSessionStore.open(file)) {
            ProgressViewModel vm = shownAnn(store);
            DoseTargetViewModel form = vm.doseTarget();
            form.open();
            form.minutesProperty().set("60");
            form.daysProperty().set("3");
            // Another program holds the write lock, as a second copy of MirrorHand would (the store waits 5 s first).
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
                 Statement st = other.createStatement()) {
                st.execute("BEGIN EXCLUSIVE");
                form.save();
                st.execute("ROLLBACK");
            }
            String m = form.messageProperty().get();
            assertTrue(m.startsWith("Not saved: the history database " + file + " is locked by another program"), m);
            assertTrue(m.endsWith("The aim is still 30 minutes a day, 5 days a week. Your numbers are still here; try "
                    + "Save again."), m);
            assertTrue(form.problemProperty().get());
            assertNull(form.problemFieldProperty().get(), "no field is wrong");
            assertTrue(form.editingProperty().get());
            assertFalse(form.savingProperty().get());
            assertEquals("60", form.minutesProperty().get());
            assertEquals(DoseTarget.DEFAULT, stored(store));
            assertEquals(DoseTarget.DEFAULT, vm.trendsProperty().get().dose().target());

            form.save();
            assertEquals(new DoseTarget(60, 3), stored(store), "once the lock is gone, Save again works");
        }
    }

    @Test
    void arrowStepsKeepMinutesOnFivesAndBothNumbersInRange() {
        try (SqliteSessionStore store = SqliteSessionStore.open(dir.resolve("h.db"))) {
            DoseTargetViewModel form = shownAnn(store).doseTarget();
            form.open();
            form.minutesProperty().set("33");
            form.step(Field.MINUTES, true);
            assertEquals("35", form.minutesProperty().get());
            form.step(Field.MINUTES, false);
            form.step(Field.MINUTES, false);
            assertEquals("25", form.minutesProperty().get());
            form.minutesProperty().set("5");
            form.step(Field.MINUTES, false);
            assertEquals("1", form.minutesProperty().get());
            form.step(Field.MINUTES, false);
            assertEquals("1", form.minutesProperty().get());
            form.minutesProperty().set("598");
            form.step(Field.MINUTES, true);
            form.step(Field.MINUTES, true);
            assertEquals("600", form.minutesProperty().get());
            form.minutesProperty().set("abc");
            form.step(Field.MINUTES, true);
            assertEquals("35", form.minutesProperty().get(), "from the saved 30 when the text is not a number");
            form.daysProperty().set("7");
            form.step(Field.DAYS, true);
            assertEquals("7", form.daysProperty().get());
            form.step(Field.DAYS, false);
            assertEquals("6", form.daysProperty().get());
        }
    }

    @Test
    void cancellingOrChoosingAnotherProfileClosesTheFormWithoutWriting() {
        try (SqliteSessionStore store = SqliteSessionStore.open(dir.resolve("h.db"))) {
            store.addProfile("Bob", org.mirrorhand.history.Side.RIGHT);
            ProgressViewModel vm = shownAnn(store);
            DoseTargetViewModel form = vm.doseTarget();
            form.open();
            form.minutesProperty().set("90");
            form.cancel();
            assertFalse(form.editingProperty().get());
            form.open();
            assertEquals("30", form.minutesProperty().get(), "reopening starts again from the stored target");
            form.minutesProperty().set("90");
            vm.profileProperty().set(vm.profiles().stream().filter(p -> p.name().equals("Bob")).findFirst().orElseThrow());
            assertFalse(form.editingProperty().get());
            form.save();
            assertEquals(DoseTarget.DEFAULT, stored(store));
        }
    }

    /** Holds each task until the test runs it, so tests choose the order in which background work finishes. */
    private static final class Deferred implements Background {
        final java.util.List<Runnable> pending = new java.util.ArrayList<>();

        @Override
        public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> done,
                            java.util.function.Consumer<Exception> failed) {
            pending.add(() -> {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    failed.accept(e);
                    return;
                }
                done.accept(result);
            });
        }

        void runAll() {
            while (!pending.isEmpty()) {
                pending.remove(0).run();
            }
        }
    }

    @Test
    void aSaveThatFinishesAfterAnotherProfileIsShownDoesNotPutTheOldProfileBackOnScreen() {
        try (SqliteSessionStore store = SqliteSessionStore.open(dir.resolve("h.db"))) {
            store.importHistory(SampleHistory.weeks("Ann", START, 2, 3), "Ann");
            store.importHistory(SampleHistory.weeks("Bob", START, 2, 4), "Bob");
            Deferred background = new Deferred();
            ProgressViewModel vm = new ProgressViewModel(store, ZoneId.systemDefault(), background, TODAY);
            vm.loadProfiles("Ann");
            background.runAll();
            DoseTargetViewModel form = vm.doseTarget();
            form.open();
            form.minutesProperty().set("45");
            form.save();
            assertTrue(form.savingProperty().get());
            vm.profileProperty().set(vm.profiles().stream().filter(p -> p.name().equals("Bob")).findFirst().orElseThrow());
            vm.show();
            Runnable save = background.pending.remove(0);
            background.runAll();
            save.run();
            assertEquals("Bob", vm.trendsProperty().get().profile().name());
            assertEquals(new DoseTarget(45, 5), stored(store));
            assertEquals(new DoseTarget(45, 5), vm.profiles().stream().filter(p -> p.name().equals("Ann")).findFirst()
                    .orElseThrow().doseTarget(), "the list carries Ann's new target for when she is shown again");
        }
    }

    @Test
    void withNothingShownTheFormSaysWhatToDoFirst() {
        try (SqliteSessionStore store = SqliteSessionStore.open(dir.resolve("h.db"))) {
            ProgressViewModel vm = new ProgressViewModel(store, ZoneId.systemDefault(), Background.SAME_THREAD, TODAY);
            vm.doseTarget().open();
            assertFalse(vm.doseTarget().editingProperty().get());
            assertEquals("Show a profile first; then you can change its target.",
                    vm.doseTarget().messageProperty().get());
        }
    }
}
