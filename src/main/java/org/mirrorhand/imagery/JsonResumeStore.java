package org.mirrorhand.imagery;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.mirrorhand.history.HistoryException;
import org.mirrorhand.history.SafeOutput;

/**
 * Keeps resume positions in one small JSON file ({"opening-the-hand": {"positionMillis": 61000}}). The file's place
 * is given by the caller, who knows the user's data folder. A damaged file is set aside (renamed *.damaged) rather
 * than lost or fatal: the worst outcome is starting a script from its beginning. Any thread.
 */
public final class JsonResumeStore implements ResumeStore {
    record Entry(long positionMillis) {
    }

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Path file;
    private Map<String, Entry> entries;

    public JsonResumeStore(Path file) {
        this.file = file;
    }

    @Override
    public synchronized Optional<Duration> positionOf(String scriptId) {
        Entry entry = entries().get(scriptId);
        return entry == null ? Optional.empty() : Optional.of(Duration.ofMillis(entry.positionMillis()));
    }

    @Override
    public synchronized void save(String scriptId, Duration position) throws IOException {
        entries().put(scriptId, new Entry(position.toMillis()));
        write();
    }

    @Override
    public synchronized void clear(String scriptId) throws IOException {
        if (entries().remove(scriptId) != null) {
            write();
        }
    }

    private Map<String, Entry> entries() {
        if (entries == null) {
            entries = new TreeMap<>();
            if (Files.isRegularFile(file)) {
                try {
                    entries.putAll(mapper.readValue(file.toFile(), new TypeReference<Map<String, Entry>>() { }));
                } catch (IOException e) {
                    setAside();
                }
            }
        }
        return entries;
    }

    private void setAside() {
        try {
            Files.move(file, file.resolveSibling(file.getFileName() + ".damaged"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException ignored) {
            // Positions are a convenience: when even renaming fails, the next save overwrites the damaged file.
        }
    }

    private void write() throws IOException {
        try {
            SafeOutput.replacing(true).write(file, temp -> mapper.writeValue(temp.toFile(), entries));
        } catch (HistoryException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
