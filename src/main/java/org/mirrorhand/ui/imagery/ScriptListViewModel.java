package org.mirrorhand.ui.imagery;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mirrorhand.imagery.ImageryScript;
import org.mirrorhand.imagery.ScriptLibrary;

/**
 * The list of guided-imagery scripts: the shipped ones and the user's own, with one line per script that could not be
 * read (the others stay usable). Loading runs in the background; the rest on the JavaFX thread.
 */
public final class ScriptListViewModel {
    /** One row: the script and how it is described. */
    public record Item(ImageryScript script, String title, String details, boolean own) {
    }

    private final ImageryContext context;
    private final ImageryNavigator navigator;
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Loading the scripts…");

    public ScriptListViewModel(ImageryContext context, ImageryNavigator navigator) {
        this.context = context;
        this.navigator = navigator;
    }

    public void load() {
        context.background().execute(() -> {
            ScriptLibrary.Contents contents = context.library().load();
            context.fxThread().execute(() -> show(contents));
        });
    }

    private void show(ScriptLibrary.Contents contents) {
        List<Item> rows = contents.scripts().stream().map(s -> {
            boolean own = contents.folderOf().get(s.id()).editable();
            return new Item(s, s.title(), details(s, own), own);
        }).toList();
        items.setAll(rows);
        selected.set(rows.isEmpty() ? -1 : Math.max(0, Math.min(selected.get(), rows.size() - 1)));
        problems.set(String.join("\n", contents.problems()));
        status.set(rows.isEmpty() ? "No scripts can be played. Press N to write one." : "");
    }

    private String details(ImageryScript script, boolean own) {
        long minutes = Math.max(1, Math.round(script.totalDuration().toSeconds() / 60.0));
        Optional<Duration> saved = context.resume().positionOf(script.id());
        String where = saved.filter(p -> !p.isZero()).map(p -> " · stopped at " + Format.clock(p)).orElse("");
        return minutes + " min · " + (own ? "your own" : "comes with MirrorHand") + where + " — "
                + script.description();
    }

    private Optional<ImageryScript> current() {
        int i = selected.get();
        return i >= 0 && i < items.size() ? Optional.of(items.get(i).script()) : Optional.empty();
    }

    public void play() {
        current().ifPresent(navigator::showPlayer);
    }

    public void playInBed() {
        current().ifPresent(navigator::showBedMode);
    }

    /** Edits the user's own script; a shipped one opens as a copy (its text, to be recorded in a new voice). */
    public void edit() {
        current().ifPresent(navigator::showEditor);
    }

    /** Back to the app's Start screen. */
    public void back() {
        navigator.leave();
    }

    public void newScript() {
        navigator.showEditor(null);
    }

    public ObservableList<Item> items() {
        return items;
    }

    public IntegerProperty selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
