package org.mirrorhand.ui.progress;

import java.time.ZoneId;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.mirrorhand.history.DoseTarget;
import org.mirrorhand.history.Profile;
import org.mirrorhand.history.ProfileHistory;
import org.mirrorhand.history.SqliteSessionStore;
import org.mirrorhand.history.Trends;

/**
 * The "Change target" form beside the dose meter: the two numbers as typed, one plain message, and saving through the
 * store for the profile whose meter is on screen. Never touches controls; the write runs through a {@link Background} and
 * its result is applied on the JavaFX thread, which is the only thread that calls this class.
 */
public final class DoseTargetViewModel {
    /** Which field a message is about, so the view can put the cursor there. */
    public enum Field { MINUTES, DAYS }

    /** The profile with its new target and the trends recomputed with it, for the screen to show at once. */
    record Saved(ProfileHistory history, Trends trends) {
    }

    private static final int MINUTES_STEP = 5;

    private final SqliteSessionStore store;
    private final ZoneId zone;
    private final Background background;
    private final Supplier<ProfileHistory> shown;
    private final Consumer<Saved> applied;

    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final StringProperty minutes = new SimpleStringProperty("");
    private final StringProperty days = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Field> problemField = new ReadOnlyObjectWrapper<>();

    DoseTargetViewModel(SqliteSessionStore store, ZoneId zone, Background background, Supplier<ProfileHistory> shown,
                        Consumer<Saved> applied) {
        this.store = store;
        this.zone = zone;
        this.background = background;
        this.shown = shown;
        this.applied = applied;
    }

    /** "Aim: 30 minutes a day, 5 days a week." */
    public static String aim(DoseTarget t) {
        return "Aim: " + plain(t) + ".";
    }

    /** "30 minutes a day, 5 days a week" */
    static String plain(DoseTarget t) {
        return t.minutesPerDay() + (t.minutesPerDay() == 1 ? " minute" : " minutes") + " a day, " + t.daysPerWeek()
                + (t.daysPerWeek() == 1 ? " day" : " days") + " a week";
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** Minutes a day as typed. */
    public StringProperty minutesProperty() {
        return minutes;
    }

    /** Days a week as typed. */
    public StringProperty daysProperty() {
        return days;
    }

    /** The last outcome in plain words: what was saved, or what is wrong and what to do. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while the message reports something wrong (the view shows it as an error). */
    public ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Field> problemFieldProperty() {
        return problemField.getReadOnlyProperty();
    }

    /** Opens the form filled with the target on screen; does nothing but explain when no profile is shown. */
    public void open() {
        ProfileHistory h = shown.get();
        if (h == null) {
            say("Show a profile first; then you can change its target.", null);
            return;
        }
        DoseTarget t = h.profile().doseTarget();
        minutes.set(Integer.toString(t.minutesPerDay()));
        days.set(Integer.toString(t.daysPerWeek()));
        message.set("");
        problem.set(false);
        problemField.set(null);
        editing.set(true);
    }

    /** Closes the form; nothing is written and the typed numbers are dropped. */
    public void cancel() {
        if (saving.get()) {
            return;
        }
        editing.set(false);
        message.set("");
        problem.set(false);
        problemField.set(null);
    }

    /** Arrow keys: minutes move to the next multiple of five, days by one, both kept inside the allowed range. */
    public void step(Field field, boolean up) {
        if (field == Field.MINUTES) {
            int v = parseOr(minutes.get(), current().minutesPerDay());
            int next = up ? (v / MINUTES_STEP + 1) * MINUTES_STEP : ((v - 1) / MINUTES_STEP) * MINUTES_STEP;
            minutes.set(Integer.toString(clamp(next, DoseTarget.MIN_MINUTES, DoseTarget.MAX_MINUTES)));
        } else {
            int v = parseOr(days.get(), current().daysPerWeek());
            days.set(Integer.toString(clamp(v + (up ? 1 : -1), DoseTarget.MIN_DAYS, DoseTarget.MAX_DAYS)));
        }
    }

    /** Checks both numbers and writes the target; a bad number or a store failure leaves the form open as typed. */
    public void save() {
        ProfileHistory h = shown.get();
        if (!editing.get() || saving.get() || h == null) {
            return;
        }
        Integer m = parse(minutes.get(), "Minutes a day", DoseTarget.MIN_MINUTES, DoseTarget.MAX_MINUTES, Field.MINUTES);
        if (m == null) {
            return;
        }
        Integer d = parse(days.get(), "Days a week", DoseTarget.MIN_DAYS, DoseTarget.MAX_DAYS, Field.DAYS);
        if (d == null) {
            return;
        }
        DoseTarget target = new DoseTarget(m, d);
        Profile before = h.profile();
        saving.set(true);
        message.set("Saving…");
        problem.set(false);
        problemField.set(null);
        background.run(() -> {
            Profile after = store.setDoseTarget(before, target);
            ProfileHistory updated = new ProfileHistory(after, h.from(), h.to(), h.sessions(), h.scales());
            return new Saved(updated, Trends.of(updated, zone));
        }, (Saved s) -> {
            saving.set(false);
            editing.set(false);
            message.set("Saved for " + before.name() + ". " + aim(target));
            applied.accept(s);
        }, e -> {
            saving.set(false);
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            say("Not saved: " + why + ". The aim is still " + plain(before.doseTarget())
                    + ". Your numbers are still here; try Save again.", null);
        });
    }

    /** The number in {@code text}, or null after saying which field is wrong and what it may hold. */
    private Integer parse(String text, String name, int min, int max, Field field) {
        String t = text == null ? "" : text.strip();
        String range = "a whole number from " + min + " to " + max;
        if (t.isEmpty()) {
            say(name + " is empty. Type " + range + ". Nothing was saved.", field);
            return null;
        }
        Integer v = t.matches("\\d{1,9}") ? Integer.valueOf(t) : null;
        if (v == null || v < min || v > max) {
            say(name + " must be " + range + ", not “" + t + "”. Nothing was saved.", field);
            return null;
        }
        return v;
    }

    private void say(String text, Field field) {
        message.set(text);
        problem.set(true);
        // Cleared first so the view hears a second mistake in the same field and puts the cursor back there.
        problemField.set(null);
        problemField.set(field);
    }

    private DoseTarget current() {
        ProfileHistory h = shown.get();
        return h == null ? DoseTarget.DEFAULT : h.profile().doseTarget();
    }

    private static int parseOr(String text, int fallback) {
        String t = text == null ? "" : text.strip();
        return t.matches("\\d{1,9}") ? Integer.parseInt(t) : fallback;
    }

    private static int clamp(int v, int min, int max) {
        return Math.max(min, Math.min(max, v));
    }
}
