package org.mirrorhand.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.mirrorhand.history.HistoryException;
import org.mirrorhand.history.SafeOutput;

/**
 * Reads and writes {@link AppSettings} as JSON. A missing file gives the defaults; a damaged one is kept aside as
 * settings.json.damaged and the defaults are used, with a message saying so, so a bad file never stops the app.
 * Writes follow {@link SafeOutput}: a private temporary file renamed over the old one, so a crash mid-write leaves
 * the old settings. Any thread,
 * one at a time.
 */
public final class SettingsStore {

    public static final String FILE_NAME = "settings.json";

    private final Path file;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private String loadMessage = "";

    public SettingsStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public synchronized AppSettings load() {
        loadMessage = "";
        if (!Files.exists(file)) {
            return AppSettings.DEFAULTS;
        }
        try {
            AppSettings s = json.readValue(file.toFile(), AppSettings.class);
            return s == null ? AppSettings.DEFAULTS : s;
        } catch (IOException e) {
            Path aside = file.resolveSibling(file.getFileName() + ".damaged");
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException ignored) {
                // Keeping the damaged copy is a courtesy; the defaults work either way.
            }
            loadMessage = "The settings file " + file + " was damaged, so the usual settings are used. "
                    + "Choose your camera and mirror again in Settings.";
            return AppSettings.DEFAULTS;
        }
    }

    /** Why the last load fell back to defaults, or empty. */
    public synchronized String loadMessage() {
        return loadMessage;
    }

    /**
     * Saves the settings.
     *
     * @throws SettingsException naming the file when it cannot be written
     */
    public synchronized void save(AppSettings s) {
        try {
            // The settings file is the program's own, so replacing it is the point; the rule keeps it private.
            SafeOutput.replacing(true).write(file, tmp -> json.writeValue(tmp.toFile(), s));
        } catch (HistoryException e) {
            throw new SettingsException("Could not save the settings: " + e.getMessage()
                    + ". Check that the folder is writable.", e);
        }
    }
}
