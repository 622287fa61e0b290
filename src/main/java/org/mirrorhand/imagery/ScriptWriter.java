package org.mirrorhand.imagery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a script in the same format {@link ScriptReader} reads, to a temporary file first and then moved into place,
 * so a crash never leaves half a script. Used by the script editor; any thread.
 */
public final class ScriptWriter {
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public void write(ImageryScript script) throws IOException {
        var segments = script.segments().stream()
                .map(s -> new ScriptJson.SegmentJson(s.id(), s.text(), s.audio().orElse(null),
                        s.silenceAfter().toMillis() / 1000.0, s.cue().map(Cue::jsonName).orElse(null)))
                .toList();
        var json = new ScriptJson(script.id(), script.title(), script.description(), script.language(),
                script.totalDuration().toMillis() / 1000.0, script.endChime(), segments);
        Path target = script.source().toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "." + script.id(), ".part");
        try {
            mapper.writeValue(temp.toFile(), json);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
