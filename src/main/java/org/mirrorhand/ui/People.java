package org.mirrorhand.ui;

import java.util.List;
import java.util.Optional;
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
}
