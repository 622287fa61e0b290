package org.mirrorhand.imagery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import org.mirrorhand.history.HistoryException;
import org.mirrorhand.history.SafeOutput;

/**
 * Writes a script in the same format {@link ScriptReader} reads, by the {@link SafeOutput} rule (a private temporary
 * file moved into place), so a crash never leaves half a script. Used by the script editor; any thread.
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
        try {
            // The editor saves over the script it opened: that is its own confirmation.
            SafeOutput.replacing(true).write(script.source(), temp -> mapper.writeValue(temp.toFile(), json));
        } catch (HistoryException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
