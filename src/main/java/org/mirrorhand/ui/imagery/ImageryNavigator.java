package org.mirrorhand.ui.imagery;

import org.mirrorhand.imagery.ImageryScript;
import org.mirrorhand.imagery.ImagerySession;

/**
 * How the imagery screens ask to move on. The app implements it with its own navigation; {@link ImageryScreens} is a
 * simple implementation that swaps one pane's content. Called on the JavaFX thread.
 */
public interface ImageryNavigator {
    void showScriptList();

    void showPlayer(ImageryScript script);

    void showBedMode(ImageryScript script);

    /** @param script the script to edit, or null for a new one */
    void showEditor(ImageryScript script);

    void showAfterSession(ImagerySession session);

    /** Leaves guided imagery for the app's Start screen (the list's Back button and Esc). */
    default void leave() {
    }
}
