package org.mirrorhand.ui.progress;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mirrorhand.history.Dates;
import org.mirrorhand.history.HistoryException;
import org.mirrorhand.history.Profile;
import org.mirrorhand.history.ProfileHistory;
import org.mirrorhand.history.SafeOutput;
import org.mirrorhand.history.SqliteSessionStore;
import org.mirrorhand.history.Trends;
import org.mirrorhand.report.ProgressReport;

/**
 * State of the "My progress" screen: which profile and dates, the trends to draw, and a plain-words status line. Never
 * touches controls; reads and exports run through a {@link Background}, and results are applied on the JavaFX thread.
 */
public final class ProgressViewModel {
    private final SqliteSessionStore store;
    private final ZoneId zone;
    private final Background background;

    private final ObservableList<Profile> profiles = FXCollections.observableArrayList();
    private final ObservableList<String> sessions = FXCollections.observableArrayList();
    private final ObjectProperty<Profile> profile = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Trends> trends = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final DoseTargetViewModel doseTarget;
    private ProfileHistory shown;

    public ProgressViewModel(SqliteSessionStore store, ZoneId zone, Background background, LocalDate today) {
        this.store = store;
        this.zone = zone;
        this.background = background;
        to.set(today);
        from.set(today.minusWeeks(6).plusDays(1));
        doseTarget = new DoseTargetViewModel(store, zone, background, () -> shown, this::targetSaved);
        // The form edits the profile whose meter is on screen; choosing another one closes it unsaved.
        profile.addListener((obs, old, p) -> {
            if (p == null || old == null || p.id() != old.id()) {
                doseTarget.cancel();
            }
        });
    }

    /** The "Change target" form beside the dose meter. */
    public DoseTargetViewModel doseTarget() {
        return doseTarget;
    }

    public ObservableList<Profile> profiles() {
        return profiles;
    }

    /** One line per session shown, newest first: the same words as the charts' tooltips, reachable by keyboard. */
    public ObservableList<String> sessions() {
        return sessions;
    }

    public ObjectProperty<Profile> profileProperty() {
        return profile;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ReadOnlyObjectProperty<Trends> trendsProperty() {
        return trends.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Loads the profile list and selects {@code preferred} (or the first) and shows its trends. */
    public void loadProfiles(String preferred) {
        busy.set(true);
        background.run(store::profiles, (List<Profile> list) -> {
            busy.set(false);
            profiles.setAll(list);
            if (list.isEmpty()) {
                status.set("No profiles yet. Practise once, or add a profile, and your progress will show here.");
                return;
            }
            profile.set(list.stream().filter(p -> p.name().equalsIgnoreCase(preferred)).findFirst().orElse(list.get(0)));
            show();
        }, this::failed);
    }

    /** Reads the chosen profile and dates and shows their trends. */
    public void show() {
        Profile p = profile.get();
        LocalDate a = from.get();
        LocalDate b = to.get();
        if (p == null) {
            status.set("Choose a profile first.");
            return;
        }
        if (a == null || b == null) {
            status.set("Choose both dates.");
            return;
        }
        if (a.isAfter(b)) {
            status.set("The first date (" + Dates.day(a) + ") is after the last (" + Dates.day(b)
                    + "). Put the earlier date first.");
            return;
        }
        busy.set(true);
        status.set("Loading " + p.name() + "…");
        background.run(() -> {
            ProfileHistory h = store.history(p, a, b, zone);
            return new Object[] {h, Trends.of(h, zone)};
        }, (Object[] r) -> {
            busy.set(false);
            shown = (ProfileHistory) r[0];
            List<String> lines = new java.util.ArrayList<>(shown.sessions().stream()
                    .map(s -> Trends.label(s, zone)).toList());
            java.util.Collections.reverse(lines);
            sessions.setAll(lines);
            trends.set((Trends) r[1]);
            String range = " from " + Dates.day(a) + " to " + Dates.day(b) + ".";
            status.set(shown.sessions().isEmpty() ? "No sessions for " + p.name() + range
                    : Dates.count(shown.sessions().size(), "session") + " and " + Dates.count(shown.repCount(), "rep")
                    + range);
        }, this::failed);
    }

    /** Writes the same PDF and CSV files as the `report` command into a new folder inside {@code folder}. */
    public void export(Path folder) {
        ProfileHistory h = shown;
        if (h == null) {
            status.set("Nothing to export yet: show a profile first.");
            return;
        }
        Path target = folder.resolve("mirrorhand-" + h.profile().name().replaceAll("[^\\p{L}\\p{N}_-]+", "_") + "-"
                + h.from() + "-to-" + h.to());
        busy.set(true);
        status.set("Writing the report…");
        // The folder came from the app's own chooser, which is its confirmation: a second export of the same days
        // replaces the first. The rule still never writes over a database.
        background.run(() -> ProgressReport.write(h, zone, target.resolve("report.pdf"), target,
                        SafeOutput.replacing(true)),
                (ProgressReport.Written w) -> {
                    busy.set(false);
                    status.set("Report saved in " + target);
                }, this::failed);
    }

    /** Shows a saved target at once: the profile list and the trends on screen carry it, without reading them again. */
    private void targetSaved(DoseTargetViewModel.Saved s) {
        Profile updated = s.history().profile();
        boolean stillOnScreen = shown != null && shown.profile().id() == updated.id()
                && shown.from().equals(s.history().from()) && shown.to().equals(s.history().to());
        for (int i = 0; i < profiles.size(); i++) {
            if (profiles.get(i).id() == updated.id()) {
                profiles.set(i, updated);
            }
        }
        if (profile.get() != null && profile.get().id() == updated.id()) {
            profile.set(updated);
        }
        // Another profile or range may have been shown while the write ran; then only the list learns the new target.
        if (stillOnScreen) {
            shown = s.history();
            trends.set(s.trends());
        }
    }

    private void failed(Exception e) {
        busy.set(false);
        String message = e instanceof HistoryException ? e.getMessage()
                : "Something went wrong: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        status.set(message);
    }
}
