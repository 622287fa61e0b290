package org.mirrorhand.imagery;

import java.util.Locale;
import java.util.Optional;

/** What a segment asks of the listener; the player shows it as a one-word hint ("Rest", "Imagine", "Breathe"). */
public enum Cue {
    REST, IMAGINE, BREATHE;

    /** The word used in script files. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The word shown on screen. */
    public String label() {
        String lower = jsonName();
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    static Optional<Cue> fromJson(String text) {
        for (Cue cue : values()) {
            if (cue.jsonName().equals(text)) {
                return Optional.of(cue);
            }
        }
        return Optional.empty();
    }
}
