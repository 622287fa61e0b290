package org.mirrorhand.ui.start;

import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import org.mirrorhand.mirror.AffectedSide;
import org.mirrorhand.settings.SettingsException;
import org.mirrorhand.ui.AppContext;

/**
 * The Start screen's state: who is using the app today, whether a camera or video is there, and messages. Never touches
 * controls. JavaFX thread.
 */
final class StartViewModel {

    private final AppContext context;
    private final ReadOnlyListWrapper<String> people = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final StringProperty person = new SimpleStringProperty();
    private final ReadOnlyStringWrapper sourceStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper liveAvailable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    StartViewModel(AppContext context) {
        this.context = context;
        person.addListener((obs, old, now) -> choose(now));
        refresh();
    }

    /** Re-reads people and the camera (a camera may have been plugged in since). */
    void refresh() {
        context.endDemo();
        people.setAll(context.people().names());
        String last = context.settings().lastProfile();
        if (person.get() == null && people.contains(last)) {
            person.set(last);
        } else if (person.get() == null && !people.isEmpty()) {
            person.set(people.get(0));
        }
        liveAvailable.set(context.liveAvailable());
        sourceStatus.set(context.sourceStatus());
        if (!context.settingsLoadMessage().isEmpty()) {
            message.set(context.settingsLoadMessage());
        }
    }

    private void choose(String name) {
        if (name == null || name.isEmpty()) {
            return;
        }
        context.setCurrentPerson(name);
        if (message.get().equals(CHOOSE_FIRST)) {
            message.set(""); // answered
        }
        if (!name.equals(context.settings().lastProfile())) {
            try {
                context.updateSettings(context.settings().withLastProfile(name));
            } catch (SettingsException e) {
                message.set(e.getMessage());
            }
        }
    }

    /** Adds a person and chooses them; a problem ends up in {@link #messageProperty()}. */
    boolean addPerson(String name, AffectedSide side) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            message.set("Type a name first, then press Add.");
            return false;
        }
        Optional<String> problem = context.people().add(trimmed, side);
        if (problem.isPresent()) {
            message.set(problem.get());
            return false;
        }
        people.setAll(context.people().names());
        person.set(trimmed);
        message.set("Welcome, " + trimmed + ".");
        return true;
    }

    static final String CHOOSE_FIRST = "First choose who is using MirrorHand today, or add a person.";

    /** True when the sample clip ships, so "Try it with a sample video" can be offered. */
    boolean demoAvailable() {
        return context.demoClip().isPresent();
    }

    /** Starts a try with the sample clip: nobody need be chosen, and nothing is stored. */
    void startDemo() {
        message.set("");
        context.startDemo();
    }

    /** True when a live screen may open; otherwise says why in the message. */
    boolean canGoLive() {
        if (person.get() == null || person.get().isEmpty()) {
            message.set(CHOOSE_FIRST);
            return false;
        }
        if (!liveAvailable.get()) {
            message.set(sourceStatus.get());
            return false;
        }
        return true;
    }

    ReadOnlyListProperty<String> peopleProperty() {
        return people.getReadOnlyProperty();
    }

    StringProperty personProperty() {
        return person;
    }

    ReadOnlyStringProperty sourceStatusProperty() {
        return sourceStatus.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty liveAvailableProperty() {
        return liveAvailable.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
