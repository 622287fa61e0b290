package org.mirrorhand.analyze;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.mirrorhand.capture.MediaException;
import org.mirrorhand.capture.SourceInfo;
import org.mirrorhand.history.SafeOutput;
import org.mirrorhand.pose.HandPose;
import org.mirrorhand.pose.Landmark;

/**
 * Streams the `analyze --json` file: an array with one object per input, frames written as they are analysed so a long
 * video never has to fit in memory and a failure part-way keeps every frame before it. Called from the analysing thread.
 */
final class AnalysisJsonWriter implements AutoCloseable {
    private static final double DECIMALS = 1e6;
    private final Path file;
    private final SafeOutput.Pending pending;
    private final JsonGenerator json;

    private AnalysisJsonWriter(Path file, SafeOutput.Pending pending, JsonGenerator json) {
        this.file = file;
        this.pending = pending;
        this.json = json;
    }

    /** Starts the file under the rule: frames go to a private temporary file that {@link #close()} renames into place. */
    static AnalysisJsonWriter create(Path file, SafeOutput rule) {
        SafeOutput.Pending pending = rule.begin(file);
        try {
            JsonGenerator json = new JsonFactory(new ObjectMapper())
                    .createGenerator(pending.temporary().toFile(), JsonEncoding.UTF8);
            json.writeStartArray();
            return new AnalysisJsonWriter(file, pending, json);
        } catch (IOException e) {
            pending.close();
            throw new MediaException(file + ": cannot write the JSON output here (" + e.getMessage()
                    + "); choose a folder you can write to");
        }
    }

    void startInput(String input, SourceInfo info) {
        write(() -> {
            json.writeStartObject();
            json.writeStringField("input", input);
            json.writeNumberField("width", info.width());
            json.writeNumberField("height", info.height());
            json.writeNumberField("fps", info.fps());
            json.writeArrayFieldStart("frames");
        });
    }

    void frame(long index, double timestampMs, List<HandPose> hands) {
        write(() -> {
            json.writeStartObject();
            json.writeNumberField("index", index);
            json.writeNumberField("timestampMs", round(timestampMs));
            json.writeArrayFieldStart("hands");
            for (HandPose hand : hands) {
                json.writeStartObject();
                json.writeStringField("handedness", hand.handedness());
                json.writeNumberField("handednessScore", round(hand.handednessScore()));
                json.writeNumberField("presence", round(hand.presence()));
                writePoints("landmarks", hand.landmarks());
                writePoints("worldLandmarks", hand.worldLandmarks());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    /** Closes the input's object; the summary (any Jackson-serialisable value) and error are written when present. */
    void endInput(Object summary, String error) {
        write(() -> {
            json.writeEndArray();
            if (summary != null) {
                json.writeFieldName("summary");
                json.writeObject(summary);
            }
            if (error != null) {
                json.writeStringField("error", error);
            }
            json.writeEndObject();
            json.flush();
        });
    }

    /** An input that could not even be opened still gets an object, so the array lines up with the inputs given. */
    void failedInput(String input, String error) {
        write(() -> {
            json.writeStartObject();
            json.writeStringField("input", input);
            json.writeStringField("error", error);
            json.writeEndObject();
            json.flush();
        });
    }

    private void writePoints(String name, List<Landmark> points) throws IOException {
        json.writeArrayFieldStart(name);
        for (Landmark p : points) {
            json.writeStartArray();
            json.writeNumber(round(p.x()));
            json.writeNumber(round(p.y()));
            json.writeNumber(round(p.z()));
            json.writeEndArray();
        }
        json.writeEndArray();
    }

    private static double round(double v) {
        return Math.round(v * DECIMALS) / DECIMALS;
    }

    private void write(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": writing failed (" + e.getMessage() + ")", e);
        }
    }

    /** Ends the array and renames the file into place: a failed input still leaves the frames analysed before it. */
    @Override
    public void close() {
        try (pending) {
            write(() -> {
                json.writeEndArray();
                json.close();
            });
            pending.commit();
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }
}
