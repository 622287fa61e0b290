package org.mirrorhand.ui.therapy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.mirrorhand.history.OwnMovement;
import org.mirrorhand.history.VirtualHandChoice;
import org.mirrorhand.ui.People;
import org.mirrorhand.virtualhand.MovementPlayback;
import org.mirrorhand.virtualhand.SkinTone;

/**
 * The virtual hand's choices on the therapy setup screen: how far it opens (the grade, 0–100 % in steps of 10) and its
 * skin. Both belong to the person's profile, so a change is saved there at once, and the therapist can raise the
 * grade over the weeks. Presentation model, no controls. JavaFX thread.
 */
final class VirtualHandChoices {

    /** "Show the movement": off, or a played opening of a hand at a pace, for a day when neither hand moves well. */
    enum ShowMovement {
        OFF("Off", null), SLOW("Slowly", MovementPlayback.Pace.SLOW), MEDIUM("At a medium pace", MovementPlayback.Pace.MEDIUM);

        private final String words;
        private final MovementPlayback.Pace pace;

        ShowMovement(String words, MovementPlayback.Pace pace) {
            this.words = words;
            this.pace = pace;
        }

        String words() {
            return words;
        }

        /** The pace, or null when off. */
        MovementPlayback.Pace pace() {
            return pace;
        }
    }

    private final People people;
    private final ObjectProperty<Integer> grade = new SimpleObjectProperty<>(100);
    /** Amplified feedback, for this sitting only (it needs the affected hand in view, which varies day to day). */
    private final ObjectProperty<Integer> amplification = new SimpleObjectProperty<>(1);
    private final ObjectProperty<ShowMovement> showMovement = new SimpleObjectProperty<>(ShowMovement.OFF);
    private final ObjectProperty<SkinTone> skin = new SimpleObjectProperty<>(SkinTone.LIKE_OTHER_HAND);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<OwnMovement> ownMovement = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper movementWords = new ReadOnlyStringWrapper(movementWords(Optional.empty()));
    private String person = "";
    private boolean loading;

    VirtualHandChoices(People people) {
        this.people = people;
        grade.addListener((o, old, now) -> save());
        skin.addListener((o, old, now) -> save());
    }

    /** Takes the person's choices from their profile. */
    void load(String name) {
        person = name;
        VirtualHandChoice c = people.virtualHand(name);
        loading = true;
        grade.set(c.gradePercent());
        skin.set(SkinTone.parse(c.skinTone()));
        loading = false;
        problem.set("");
        Optional<OwnMovement> own = name.isEmpty() ? Optional.empty() : people.ownMovement(name);
        ownMovement.set(own.orElse(null));
        movementWords.set(movementWords(own));
    }

    /**
     * Which movement "show the movement" plays, in plain words short enough for one line beside its row: "Plays your
     * own movement, from 2 December" (the year too when it is not this one), or "Plays a model movement until you
     * practise".
     */
    static String movementWords(Optional<OwnMovement> own) {
        if (own.isEmpty()) {
            return "Plays a model movement until you practise";
        }
        LocalDate day = LocalDate.ofInstant(own.get().recorded(), ZoneId.systemDefault());
        String pattern = day.getYear() == LocalDate.now().getYear() ? "d MMMM" : "d MMMM yyyy";
        return "Plays your own movement, from " + day.format(DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH));
    }

    /** The person's own recorded movement, or null: then the model movement is played. */
    ReadOnlyObjectProperty<OwnMovement> ownMovementProperty() {
        return ownMovement.getReadOnlyProperty();
    }

    /** Which movement is played, in plain words. */
    ReadOnlyStringProperty movementWordsProperty() {
        return movementWords.getReadOnlyProperty();
    }

    private void save() {
        if (loading || person.isEmpty() || grade.get() == null || skin.get() == null) {
            return;
        }
        problem.set(people.setVirtualHand(person, new VirtualHandChoice(grade.get(), skin.get().name())).orElse(""));
    }

    static List<Integer> gradeChoices() {
        return IntStream.rangeClosed(0, 10).map(i -> i * 10).boxed().toList();
    }

    /** The grade in words: "Opens fully", "Opens 50 % as far", "Stays closed". */
    static String gradeWords(int percent) {
        return percent == 100 ? "Opens fully" : percent == 0 ? "Stays closed" : "Opens " + percent + " % as far";
    }

    static List<Integer> amplificationChoices() {
        return List.of(1, 2, 3, 4);
    }

    /** The amplification in words: "Off", "2 times bigger". */
    static String amplificationWords(int factor) {
        return factor == 1 ? "Off" : factor + " times bigger";
    }

    ObjectProperty<ShowMovement> showMovementProperty() {
        return showMovement;
    }

    ObjectProperty<Integer> amplificationProperty() {
        return amplification;
    }

    ObjectProperty<Integer> gradeProperty() {
        return grade;
    }

    ObjectProperty<SkinTone> skinProperty() {
        return skin;
    }

    /** A plain sentence when the profile could not keep a change, else empty. */
    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
