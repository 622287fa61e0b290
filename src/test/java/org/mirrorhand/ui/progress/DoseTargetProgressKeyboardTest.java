package org.mirrorhand.ui.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.mirrorhand.ui.FxTesting.onFx;
import static org.mirrorhand.ui.FxTesting.press;
import static org.mirrorhand.ui.FxTesting.type;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.history.DoseTarget;
import org.mirrorhand.history.SampleHistory;
import org.mirrorhand.history.SqliteSessionStore;
import org.mirrorhand.settings.SettingsStore;
import org.mirrorhand.ui.AppContext;
import org.mirrorhand.ui.DesktopApp;
import org.mirrorhand.ui.FxTesting;
import org.mirrorhand.ui.InMemoryPeople;
import org.mirrorhand.ui.Navigator;
import org.mirrorhand.ui.Screen;
import org.mirrorhand.ui.ScreenId;

/**
 * The "Change target" form in the real app scene (its Enter and Esc keys included) under Xvfb, driven by key presses
 * only, over six weeks of generated practice in a real SQLite file; store work runs off the JavaFX thread as in the app.
 */
class DoseTargetProgressKeyboardTest {
    private static final LocalDate START = LocalDate.of(2026, 9, 7);
    private static final LocalDate TODAY = START.plusWeeks(6).minusDays(1);

    @TempDir
    Path dir;

    @BeforeAll
    static void startJavaFx() throws Exception {
        assumeTrue(System.getenv("DISPLAY") != null, "no DISPLAY: run under xvfb-run -a");
        FxTesting.start();
    }

    @Test
    void aTherapistChangesTheTargetWithTheKeyboardAloneAndTheMeterAndGuideFollow() throws Exception {
        try (SqliteSessionStore store = SqliteSessionStore.open(dir.resolve("h.db"))) {
            store.importHistory(SampleHistory.weeks("Ann", START, 6, 11), "Ann");
            AppContext context = new AppContext(new SettingsStore(dir.resolve("settings.json")), null, null,
                    new InMemoryPeople().add("Ann"));
            context.setCurrentPerson("Ann");
            context.withScreen(ScreenId.PROGRESS, c -> {
                ProgressViewModel vm = new ProgressViewModel(store, ZoneId.systemDefault(), Background.FX, TODAY);
                return Screen.of(new ProgressView(vm), () -> vm.loadProfiles(c.currentPerson()));
            });
            Navigator navigator = onFx(() -> new Navigator(context));
            Stage stage = onFx(() -> {
                Stage s = new Stage();
                s.setScene(DesktopApp.buildScene(navigator));
                s.show();
                navigator.show(ScreenId.PROGRESS);
                return s;
            });
            Scene scene = stage.getScene();
            assertTrue(FxTesting.waitFor(() -> changeButton(scene) != null && changeButton(scene).isVisible(), 30_000),
                    "the dose meter appears");
            assertEquals("Aim: 30 minutes a day, 5 days a week.", onFx(() -> aimText(scene)));

            // Tab from the top of the screen until the button has the focus, as a keyboard user would.
            int tabs = onFx(() -> {
                int n = 0;
                while (scene.getFocusOwner() != changeButton(scene) && n < 30) {
                    press(scene, KeyCode.TAB);
                    n++;
                }
                return n;
            });
            assertTrue(onFx(() -> scene.getFocusOwner() == changeButton(scene)), "Tab reaches Change target");
            System.out.println("Tab presses from the first control to Change target: " + tabs);

            onFx(() -> press(scene, KeyCode.ENTER));
            assertTrue(onFx(() -> scene.getFocusOwner() == field(scene, 0)), "the cursor starts in Minutes a day");
            assertFalse(onFx(() -> changeButton(scene).isVisible()), "the form replaces the button while open");
            FxTesting.settle();
            FxTesting.screenshot(scene, "progress-dose-form-open");

            // Letters: one message naming the field and its range; nothing saved; the cursor goes back to the field.
            onFx(() -> {
                type(scene, "abc");
                press(scene, KeyCode.TAB);
                press(scene, KeyCode.ENTER);
            });
            assertEquals("Minutes a day must be a whole number from 1 to 600, not “abc”. Nothing was saved.",
                    onFx(() -> messageText(scene)));
            assertTrue(onFx(() -> scene.getFocusOwner() == field(scene, 0)));
            assertEquals(ScreenId.PROGRESS, navigator.current(), "Enter did not reach the screen's Show button or leave");
            assertEquals(DoseTarget.DEFAULT, store.findProfile("Ann").orElseThrow().doseTarget());
            FxTesting.settle();
            FxTesting.screenshot(scene, "progress-dose-form-error");

            // Arrows: Up six times from the stored 30 gives 60 (above every day practised); Tab to days, Down once
            // gives 4; Enter saves.
            onFx(() -> {
                for (int i = 0; i < 6; i++) {
                    press(scene, KeyCode.UP);
                }
                press(scene, KeyCode.TAB);
                press(scene, KeyCode.DOWN);
            });
            assertEquals(List.of("60", "4"), onFx(() -> List.of(field(scene, 0).getText(), field(scene, 1).getText())));
            assertTrue(onFx(() -> scene.getFocusOwner() == field(scene, 1)), "Tab moves to Days a week");
            onFx(() -> press(scene, KeyCode.ENTER));
            assertTrue(FxTesting.waitFor(() -> aimText(scene).equals("Aim: 60 minutes a day, 4 days a week."), 30_000),
                    "the meter shows the new aim");
            assertEquals(new DoseTarget(60, 4), store.findProfile("Ann").orElseThrow().doseTarget());
            String week = onFx(() -> labelStartingWith(scene, "This week:"));
            assertTrue(week.matches("This week: \\d+ minutes? in all; \\d of 4 days with 60 minutes or more\\."), week);
            assertTrue(onFx(() -> scene.getRoot().lookupAll(".guide-label").stream()
                    .anyMatch(n -> ((Text) n).getText().equals("target 60 min"))), "the minutes chart's guide moved");
            assertEquals("Saved for Ann. Aim: 60 minutes a day, 4 days a week.", onFx(() -> messageText(scene)));
            assertTrue(onFx(() -> scene.getFocusOwner() == changeButton(scene)), "focus returns to Change target");
            FxTesting.settle();
            FxTesting.screenshot(scene, "progress-dose-saved");
            Node minutesChart = onFx(() -> {
                Node n = scene.getRoot().lookupAll(".guide-label").stream()
                        .filter(g -> ((Text) g).getText().startsWith("target")).findFirst().orElseThrow();
                while (!n.getStyleClass().contains("chart")) {
                    n = n.getParent();
                }
                return n;
            });
            FxTesting.screenshot(minutesChart, "progress-dose-saved-minutes-chart");
            double top = onFx(() -> ((javafx.scene.chart.NumberAxis) ((TimeChart) minutesChart).getYAxis())
                    .getUpperBound());
            assertTrue(top >= 60, "the value axis reaches up to the new target's guide: " + top);

            // Esc closes the form without writing, and only a second Esc leaves the screen.
            onFx(() -> {
                press(scene, KeyCode.ENTER);
                type(scene, "90");
                press(scene, KeyCode.ESCAPE);
            });
            assertTrue(onFx(() -> changeButton(scene).isVisible()), "the form closed");
            assertTrue(onFx(() -> scene.getFocusOwner() == changeButton(scene)));
            assertEquals(ScreenId.PROGRESS, navigator.current());
            assertEquals(new DoseTarget(60, 4), store.findProfile("Ann").orElseThrow().doseTarget());
            onFx(() -> press(scene, KeyCode.ESCAPE));
            assertEquals(ScreenId.START, navigator.current());
            onFx(stage::close);
        }
    }

    private static Button changeButton(Scene scene) {
        return scene.getRoot().lookupAll(".button").stream().map(n -> (Button) n)
                .filter(b -> b.getText().equals("_Change target")).findFirst().orElse(null);
    }

    private static TextField field(Scene scene, int i) {
        return (TextField) scene.getRoot().lookupAll(".dose-field").toArray(Node[]::new)[i];
    }

    private static String aimText(Scene scene) {
        Node n = scene.getRoot().lookup(".dose-aim");
        return n == null ? "" : ((Label) n).getText();
    }

    private static String messageText(Scene scene) {
        return scene.getRoot().lookupAll(".label").stream()
                .filter(n -> n.getStyleClass().contains("dose-error") || n.getStyleClass().contains("dose-ok"))
                .map(n -> ((Label) n).getText()).findFirst().orElse("");
    }

    private static String labelStartingWith(Scene scene, String start) {
        return scene.getRoot().lookupAll(".label").stream().map(n -> ((Label) n).getText())
                .filter(t -> t != null && t.startsWith(start)).findFirst().orElse("");
    }
}
