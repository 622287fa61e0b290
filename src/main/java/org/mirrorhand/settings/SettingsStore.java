package org.mirrorhand.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Reads and writes {@link AppSettings} as JSON. A missing file gives the defaults; a damaged one is kept aside as
 * settings.json.damaged and the defaults are used, with a message saying so, so a bad file never stops the app.
 * Writes go to a temporary file first and are then moved over, so a crash mid-write leaves the old settings. Any thread,
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
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            json.writeValue(tmp.toFile(), s);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new SettingsException("Could not save the settings to " + file + " (" + e.getMessage()
                    + "). Check that the folder is writable.", e);
        }
    }
}
