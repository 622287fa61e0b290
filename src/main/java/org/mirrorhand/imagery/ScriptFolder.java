package org.mirrorhand.imagery;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a set of scripts lives: the folder of JSON files and the folder their audio paths are relative to. The app has
 * two: the scripts that ship with MirrorHand (read-only) and the user's own, in the data folder.
 *
 * @param editable whether the script editor may save into it
 */
public record ScriptFolder(Path scripts, Path audio, boolean editable) {
    public ScriptFolder {
        Objects.requireNonNull(scripts, "scripts");
        Objects.requireNonNull(audio, "audio");
    }

    /** The shipped layout: {@code media/scripts} and {@code media/audio} under one media folder. */
    public static ScriptFolder shipped(Path mediaFolder) {
        return new ScriptFolder(mediaFolder.resolve("scripts"), mediaFolder.resolve("audio"), false);
    }

    /** The user's own scripts under an imagery data folder: {@code scripts/} and {@code recordings/}. */
    public static ScriptFolder own(Path imageryDataFolder) {
        return new ScriptFolder(imageryDataFolder.resolve("scripts"), imageryDataFolder.resolve("recordings"), true);
    }
}
