package org.mirrorhand.app;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.embed.swing.SwingFXUtils;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.mirrorhand.history.DataFolder;
import org.mirrorhand.history.SqliteSessionStore;
import org.mirrorhand.settings.AppSettings;
import org.mirrorhand.settings.SettingsStore;
import org.mirrorhand.ui.DesktopApp;
import org.mirrorhand.ui.FxTesting;
import org.mirrorhand.ui.Navigator;
import org.mirrorhand.ui.ScreenId;
import org.mirrorhand.ui.ScreenText;

/**
 * One person's visit to the real app, for the {@code …JourneyIT} tests: the window the launcher opens (every real screen,
 * the real pose engine, a video in place of the camera exactly as {@code --source} gives it, a real SQLite history in a
 * temporary data folder), 1600×900, driven by the keyboard alone. Each state is photographed to
 * {@code target/journeys/<journey>/NN-<state>.png}; what is on screen and what is in the history are asserted.
 * The test thread calls everything here; it hops onto the JavaFX thread itself and waits on state, never on time.
 */
final class Journey implements AutoCloseable {

    static final int WIDTH = 1600;
    static final int HEIGHT = 900;
    /** How long a state may take to arrive: generous, because a shared 2-core machine can be very busy. */
    private static final Duration STATE_LIMIT = Duration.ofSeconds(45);

    private final String name;
    private final DataFolder folder;
    private final SqliteSessionStore store;
    private final Stage stage;
    private final Navigator navigator;
    private int shots;

    private Journey(String name, DataFolder folder, SqliteSessionStore store, Stage stage, Navigator navigator) {
        this.name = name;
        this.folder = folder;
        this.store = store;
        this.stage = stage;
        this.navigator = navigator;
    }

    /**
     * Opens the app as the launcher does: {@code data} becomes the data folder, {@code seed} fills the history through
     * the real store first (nothing when a visit starts from empty), {@code source} is the video in place of the camera
     * (null: no camera, as on a machine without one).
     */
    static Journey open(String name, Path data, Path source, Consumer<SqliteSessionStore> seed) throws Exception {
        DesktopApp.startToolkit();
        FxTesting.start();
        DataFolder folder = DataFolder.locate(data).ensureExists();
        // Windowed, so the screenshots are the 1600×900 a laptop shows; full screen is the app's own default.
        new SettingsStore(folder.file(SettingsStore.FILE_NAME)).save(AppSettings.DEFAULTS.withFullScreen(false));
        SqliteSessionStore store = SqliteSessionStore.open(folder);
        seed.accept(store);
        var context = GuiLauncher.context(source, folder, store, Path.of("media"));
        Path shots = Path.of("target", "journeys", name);
        if (Files.isDirectory(shots)) {
            try (var old = Files.list(shots)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(shots);
        Object[] made = FxTesting.onFx(() -> {
            Stage stage = new Stage();
            Navigator nav = DesktopApp.open(stage, context);
            stage.setWidth(WIDTH);
            stage.setHeight(HEIGHT);
            stage.show();
            return new Object[] {stage, nav};
        });
        Journey journey = new Journey(name, folder, store, (Stage) made[0], (Navigator) made[1]);
        journey.waitUntil("the window is 1600×900", () -> journey.scene().getWidth() == WIDTH
                && journey.scene().getHeight() == HEIGHT);
        return journey;
    }

    Scene scene() {
        return stage.getScene();
    }

    Navigator navigator() {
        return navigator;
    }

    SqliteSessionStore store() {
        return store;
    }

    DataFolder folder() {
        return folder;
    }

    ScreenId screen() throws Exception {
        return fx(navigator::current);
    }

    /** The live screen's count, "3 / 30", or "" while it is not shown. */
    String repCount() {
        Node n = scene().lookup("#rep-count");
        return n instanceof Label l ? l.getText() : "";
    }

    /** The words of the choice the focused combo box shows, "" when the focus is not on one. */
    @SuppressWarnings("unchecked")
    String focusedChoice() {
        return scene().getFocusOwner() instanceof ComboBox<?> box && box.getValue() != null
                ? box.getConverter() == null ? box.getValue().toString()
                : ((ComboBox<Object>) box).getConverter().toString(box.getValue()) : "";
    }

    <T> T fx(Callable<T> work) throws Exception {
        return FxTesting.onFx(work);
    }

    // ---- the keyboard ----

    /**
     * Presses and lets go of one key on whatever has the focus, as a keyboard does: pressed, typed (for keys that
     * type a character), released. Buttons fire on Space's release and on Enter's press, as in the app.
     */
    Journey key(KeyCode code) throws Exception {
        return key(code, false);
    }

    Journey shiftTab() throws Exception {
        return key(KeyCode.TAB, true);
    }

    private Journey key(KeyCode code, boolean shift) throws Exception {
        String typed = switch (code) {
            case SPACE -> " ";
            case ENTER -> "\r";
            default -> code.isLetterKey() || code.isDigitKey() ? code.getChar().toLowerCase(Locale.ROOT) : null;
        };
        FxTesting.onFx(() -> fire(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, false, false, false)));
        if (typed != null) {
            FxTesting.onFx(() -> fire(new KeyEvent(KeyEvent.KEY_TYPED, typed, "", KeyCode.UNDEFINED, shift, false,
                    false, false)));
        }
        FxTesting.onFx(() -> fire(new KeyEvent(KeyEvent.KEY_RELEASED, "", "", code, shift, false, false, false)));
        FxTesting.settle();
        return this;
    }

    /** Types words into the focused field one character at a time. */
    Journey type(String text) throws Exception {
        for (char ch : text.toCharArray()) {
            String s = String.valueOf(ch);
            FxTesting.onFx(() -> fire(new KeyEvent(KeyEvent.KEY_TYPED, s, "", KeyCode.UNDEFINED,
                    Character.isUpperCase(ch), false, false, false)));
        }
        FxTesting.settle();
        return this;
    }

    private void fire(KeyEvent e) {
        Node target = scene().getFocusOwner() != null ? scene().getFocusOwner() : scene().getRoot();
        Event.fireEvent(target, e);
    }

    /** Tabs forward until the focused control shows {@code words}; fails after a full round of the screen. */
    Journey tabTo(String words) throws Exception {
        for (int i = 0; i < 40; i++) {
            if (words.equals(fx(this::focusedText))) {
                return this;
            }
            key(KeyCode.TAB);
        }
        return fail(name + ": Tab never reached '" + words + "'; focus is on " + fx(this::focusedText));
    }

    /** The words on the focused control (a button's text, a field's text, else its accessible text). */
    String focused() throws Exception {
        return fx(this::focusedText);
    }

    private String focusedText() {
        Node n = scene().getFocusOwner();
        if (n instanceof Labeled l) {
            return l.getText();
        }
        if (n instanceof javafx.scene.control.ListView<?> list) {
            // The chosen row's first line, as a screen reader would name it.
            for (Node cell : list.lookupAll(".list-cell")) {
                if (cell instanceof javafx.scene.control.ListCell<?> c && c.isSelected()) {
                    List<String> words = new ArrayList<>();
                    collect(c, words);
                    return words.isEmpty() ? "(empty row)" : words.get(0);
                }
            }
            return "(a list with no chosen row)";
        }
        if (n instanceof TextInputControl t) {
            return t.getAccessibleText() != null ? t.getAccessibleText() : t.getText();
        }
        return n == null ? "(nothing)" : n.getAccessibleText() != null ? n.getAccessibleText()
                : n.getClass().getSimpleName();
    }

    // ---- waiting ----

    /** Waits until the condition holds on the JavaFX thread; on timeout, photographs the screen and fails. */
    Journey waitUntil(String what, BooleanSupplier condition) throws Exception {
        return waitUntil(what, condition, STATE_LIMIT);
    }

    Journey waitUntil(String what, BooleanSupplier condition, Duration limit) throws Exception {
        if (!FxTesting.waitFor(condition, limit.toMillis())) {
            shot("timed-out");
            fail(name + ": waited " + limit.toSeconds() + " s for " + what + "; the screen shows: " + visibleText());
        }
        return this;
    }

    Journey waitForText(String words) throws Exception {
        return waitUntil("'" + words + "' on screen", () -> texts().stream().anyMatch(t -> t.contains(words)));
    }

    Journey waitForScreen(ScreenId id) throws Exception {
        return waitUntil("the " + id.title() + " screen", () -> navigator.current() == id);
    }

    // ---- what is on screen ----

    /** A picture of the window as it is now, numbered in the journey's order. */
    BufferedImage shot(String state) throws Exception {
        FxTesting.settle();
        BufferedImage image = SwingFXUtils.fromFXImage(fx(() -> scene().snapshot(null)), null);
        shots++;
        Path file = Path.of("target", "journeys", name, String.format(Locale.ROOT, "%02d-%s.png", shots, state));
        ImageIO.write(image, "png", file.toFile());
        return image;
    }

    /**
     * Photographs the state and checks it reads well: text ≥ 18 pt, AA contrast, nothing cut short or overlapping, no
     * field too narrow for what it holds.
     */
    Journey readable(String state) throws Exception {
        shot(state);
        List<String> problems = fx(() -> {
            List<String> all = new ArrayList<>(ScreenText.problems(scene()));
            all.addAll(fieldsTooNarrow());
            return all;
        });
        assertTrue(problems.isEmpty(), name + " / " + state + ": " + String.join("\n", problems));
        return this;
    }

    /** Photographs a live mirror state: its text sits over the camera picture, so only size and cut-off are checked. */
    Journey readableOverPicture(String state) throws Exception {
        shot(state);
        List<String> problems = fx(() -> ScreenText.problems(scene())).stream()
                .filter(p -> !p.contains("WCAG")).toList();
        assertTrue(problems.isEmpty(), name + " / " + state + ": " + String.join("\n", problems));
        return this;
    }

    /** Text fields (a date picker's too) that show only part of their text: JavaFX scrolls it rather than say so. */
    private List<String> fieldsTooNarrow() {
        List<String> out = new ArrayList<>();
        for (Node n : scene().getRoot().lookupAll(".text-field")) {
            if (n instanceof javafx.scene.control.TextField f && f.isVisible() && f.getScene() != null
                    && !f.getText().isEmpty() && f.lookup(".text") instanceof Text t) {
                double room = f.getWidth() - f.snappedLeftInset() - f.snappedRightInset();
                if (t.getLayoutBounds().getWidth() > room + 1) {
                    out.add("'" + f.getText() + "' does not fit its field (" + Math.round(t.getLayoutBounds().getWidth())
                            + " px of text, " + Math.round(room) + " px of room)");
                }
            }
        }
        return out;
    }

    Journey assertShows(String words) throws Exception {
        List<String> texts = visibleText();
        assertTrue(texts.stream().anyMatch(t -> t.contains(words)), name + ": '" + words + "' is not on screen: "
                + texts);
        return this;
    }

    Journey assertNotShown(String words) throws Exception {
        List<String> texts = visibleText();
        assertTrue(texts.stream().noneMatch(t -> t.contains(words)), name + ": '" + words + "' is on screen: " + texts);
        return this;
    }

    Journey assertFocus(String words) throws Exception {
        String f = focused();
        assertTrue(words.equals(f), name + ": focus should be on '" + words + "' but is on '" + f + "'");
        return this;
    }

    /** Every piece of text drawn now, in scene order. */
    List<String> visibleText() throws Exception {
        return fx(this::texts);
    }

    /** The text drawn now; JavaFX thread (for conditions of {@link #waitUntil}). */
    List<String> texts() {
        List<String> out = new ArrayList<>();
        collect(scene().getRoot(), out);
        return out;
    }

    private static void collect(Node node, List<String> out) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Text t && t.getText() != null && !t.getText().isBlank()) {
            out.add(t.getText());
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }

    @Override
    public void close() throws Exception {
        try {
            FxTesting.onFx(stage::close);
        } finally {
            store.close();
        }
    }
}
