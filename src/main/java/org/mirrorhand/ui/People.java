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

    Optional<AffectedSide> affectedSide(String name);
}
