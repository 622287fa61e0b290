package org.mirrorhand.ui;

import java.util.List;
import java.util.Optional;
import org.mirrorhand.history.OwnMovement;
import org.mirrorhand.history.VirtualHandChoice;
import org.mirrorhand.mirror.AffectedSide;

/**
 * The survivors who share this computer, as the screens need them. Backed by the session store's profiles; tests may
 * use a plain in-memory list. Called from the JavaFX thread.
 */
public interface People {

    List<String> names();

    /** Adds a person; returns a plain message when the name cannot be used, else empty. */
    Optional<String> add(String name, AffectedSide affected);

    /** The affected hand as the person's profile says: the one source of truth for it. */
    Optional<AffectedSide> affectedSide(String name);

    /** Changes the profile's affected hand; returns a plain message when it cannot be saved, else empty. */
    Optional<String> setAffectedSide(String name, AffectedSide affected);

    /** The person's virtual hand (graded movement, skin tone) as their profile keeps it; the default when unknown. */
    default VirtualHandChoice virtualHand(String name) {
        return VirtualHandChoice.DEFAULT;
    }

    /** The person's own recorded movement for "show the movement", or empty when none is kept (or nobody keeps them). */
    default Optional<OwnMovement> ownMovement(String name) {
        return Optional.empty();
    }

    /** Keeps the person's virtual hand in their profile; returns a plain message when it cannot be saved, else empty. */
    default Optional<String> setVirtualHand(String name, VirtualHandChoice choice) {
        return Optional.of("The virtual hand's settings cannot be kept here; they last until the app closes.");
    }
}
