package org.mirrorhand.imagery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one script file strictly: bad JSON, an unknown field, a missing or empty value, a duplicate segment id or a
 * missing audio file each become an {@link InvalidScriptException} naming the file and segment. Stateless; any thread.
 */
public final class ScriptReader {
    /** Script ids become folder names for recordings, so they stay plain. */
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    /** Longest quiet time after a segment: ten minutes is already far longer than any imagery pause. */
    static final int MAX_SILENCE_SECONDS = 600;
    /** Longest script: three hours. */
    static final int MAX_TOTAL_SECONDS = 3 * 3600;

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /**
     * @param file      the script's JSON file
     * @param audioRoot the folder its segments' {@code audio} paths are relative to
     */
    public ImageryScript read(Path file, Path audioRoot) throws InvalidScriptException {
        String name = file.getFileName().toString();
        JsonNode tree = parseTree(file, name);
        ScriptJson json = bind(tree, name);
        return validate(json, file, audioRoot);
    }

    private JsonNode parseTree(Path file, String name) throws InvalidScriptException {
        try {
            JsonNode tree = mapper.readTree(file.toFile());
            if (tree == null || !tree.isObject()) {
                throw new InvalidScriptException("Script " + name + " is not a JSON object { ... }; "
                        + "start from one of the scripts that come with MirrorHand.");
            }
            return tree;
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            String at = where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
            throw new InvalidScriptException("Script " + name + " is not valid JSON" + at + " ("
                    + e.getOriginalMessage() + "); fix the file or delete it.", e);
        } catch (IOException e) {
            throw new InvalidScriptException("Script " + name + " cannot be read (" + e.getMessage()
                    + "); check the file exists and may be read.", e);
        }
    }

    private ScriptJson bind(JsonNode tree, String name) throws InvalidScriptException {
        try {
            return mapper.treeToValue(tree, ScriptJson.class);
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidScriptException("Script " + name + where(tree, e) + ": unknown field \""
                    + e.getPropertyName() + "\"; allowed are " + e.getKnownPropertyIds()
                    + ". Check its spelling or remove it.", e);
        } catch (JsonMappingException e) {
            throw new InvalidScriptException("Script " + name + where(tree, e) + ": a value has the wrong type ("
                    + e.getOriginalMessage() + "); numbers are seconds, texts are in quotes.", e);
        } catch (JsonProcessingException e) {
            throw new InvalidScriptException("Script " + name + " cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    /** ", segment 'x'" when the error lies inside a segment, so the message points at it by its id. */
    private static String where(JsonNode tree, JsonMappingException e) {
        List<JsonMappingException.Reference> path = e.getPath();
        for (int i = 0; i + 1 < path.size(); i++) {
            if ("segments".equals(path.get(i).getFieldName())) {
                int index = path.get(i + 1).getIndex();
                JsonNode id = tree.path("segments").path(index).path("id");
                return id.isTextual() && !id.asText().isBlank()
                        ? ", segment '" + id.asText() + "'" : ", segment number " + (index + 1);
            }
        }
        return "";
    }

    private ImageryScript validate(ScriptJson json, Path file, Path audioRoot) throws InvalidScriptException {
        String name = file.getFileName().toString();
        String id = required(json.id(), name, "", "id");
        if (!ID.matcher(id).matches()) {
            throw new InvalidScriptException("Script " + name + ": id \"" + id + "\" may hold only small letters, "
                    + "digits and '-' (for example \"opening-the-hand\").");
        }
        String title = required(json.title(), name, "", "title");
        String language = required(json.language(), name, "", "language");
        String description = json.description() == null ? "" : json.description().strip();
        if (json.totalDurationSeconds() == null || !(json.totalDurationSeconds() > 0)
                || json.totalDurationSeconds() > MAX_TOTAL_SECONDS) {
            throw new InvalidScriptException("Script " + name + ": \"totalDurationSeconds\" is missing, not above "
                    + "zero or over " + MAX_TOTAL_SECONDS / 3600 + " hours; give the script's length in seconds.");
        }
        if (json.segments() == null || json.segments().isEmpty()) {
            throw new InvalidScriptException("Script " + name + " has no segments; add at least one with some text.");
        }
        List<Segment> segments = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < json.segments().size(); i++) {
            Segment segment = segment(json.segments().get(i), i, name, audioRoot);
            if (!ids.add(segment.id())) {
                throw new InvalidScriptException("Script " + name + ", segment '" + segment.id()
                        + "': this id is used twice; give each segment its own id.");
            }
            segments.add(segment);
        }
        return new ImageryScript(file, audioRoot, id, title, description, language,
                seconds(json.totalDurationSeconds()), json.endChime() == null || json.endChime(), segments);
    }

    private Segment segment(ScriptJson.SegmentJson json, int index, String name, Path audioRoot)
            throws InvalidScriptException {
        if (json == null) {
            throw new InvalidScriptException("Script " + name + ", segment number " + (index + 1)
                    + " is empty (null); remove it or fill it in.");
        }
        String id = required(json.id(), name, " segment number " + (index + 1), "id");
        String where = ", segment '" + id + "'";
        String text = json.text() == null ? "" : json.text().strip();
        if (text.isEmpty()) {
            throw new InvalidScriptException("Script " + name + where + ": the text is empty; write the words to "
                    + "speak, or remove the segment.");
        }
        if (json.silenceAfterSeconds() == null || !(json.silenceAfterSeconds() >= 0)) {
            throw new InvalidScriptException("Script " + name + where + ": \"silenceAfterSeconds\" is missing or "
                    + "negative; give the quiet time after the words in seconds (0 for none).");
        }
        if (json.silenceAfterSeconds() > MAX_SILENCE_SECONDS) {
            throw new InvalidScriptException("Script " + name + where + ": a silence of " + json.silenceAfterSeconds()
                    + " s is longer than " + MAX_SILENCE_SECONDS / 60 + " minutes; give at most " + MAX_SILENCE_SECONDS
                    + " seconds of quiet after the words.");
        }
        Optional<Cue> cue = Optional.empty();
        if (json.cue() != null) {
            cue = Cue.fromJson(json.cue());
            if (cue.isEmpty()) {
                throw new InvalidScriptException("Script " + name + where + ": cue \"" + json.cue()
                        + "\" is not one of rest, imagine, breathe.");
            }
        }
        Optional<String> audio = Optional.ofNullable(json.audio()).map(String::strip).filter(a -> !a.isEmpty());
        if (audio.isPresent()) {
            checkAudio(audio.get(), name + where, audioRoot);
        }
        return new Segment(id, text, audio, seconds(json.silenceAfterSeconds()), cue);
    }

    private static void checkAudio(String audio, String where, Path audioRoot) throws InvalidScriptException {
        Path relative = Path.of(audio);
        if (relative.isAbsolute() || relative.normalize().startsWith("..")) {
            throw new InvalidScriptException("Script " + where + ": audio \"" + audio + "\" must be a path inside "
                    + "the audio folder " + audioRoot + ", like \"my-script/01.mp3\".");
        }
        Path file = audioRoot.resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new InvalidScriptException("Script " + where + ": audio file " + audio + " is missing from "
                    + audioRoot + "; record the segment again in the script editor, or regenerate the audio "
                    + "(media/tools/generate-audio.sh).");
        }
    }

    private static String required(String value, String name, String where, String field)
            throws InvalidScriptException {
        if (value == null || value.isBlank()) {
            throw new InvalidScriptException("Script " + name + (where.isEmpty() ? "" : "," + where) + ": \""
                    + field + "\" is missing or empty; fill it in.");
        }
        return value.strip();
    }

    static Duration seconds(double seconds) {
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }
}
