package org.mirrorhand.ui.therapy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The recorded prompts listed in {@code media/prompts.json}: each entry's exact words and its MP3 under
 * {@code media/audio}. Looked up by the words themselves, so a recording is played only for exactly the words shown;
 * words changed in the code but not re-recorded are reported, never spoken wrongly. Read once, on the voice thread.
 */
final class PromptRecordings {

    static final String FILE = "prompts.json";

    private final Path listFile;
    private final Map<String, Path> byWords;

    private PromptRecordings(Path listFile, Map<String, Path> byWords) {
        this.listFile = listFile;
        this.byWords = byWords;
    }

    /**
     * Reads the list in a media folder.
     *
     * @throws IOException with a plain message naming the file when it is missing or not a valid list
     */
    static PromptRecordings read(Path mediaFolder) throws IOException {
        Path file = mediaFolder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new IOException("the list of spoken prompts " + file + " is missing");
        }
        JsonNode prompts;
        try {
            prompts = new ObjectMapper().readTree(file.toFile()).path("prompts");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(file + " is not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
        if (!prompts.isArray()) {
            throw new IOException(file + " has no \"prompts\" list");
        }
        Map<String, Path> byWords = new LinkedHashMap<>();
        for (JsonNode p : prompts) {
            String text = p.path("text").asText("");
            String audio = p.path("audio").asText("");
            if (text.isBlank() || audio.isBlank()) {
                throw new IOException(file + ": the prompt \"" + p.path("id").asText("?")
                        + "\" needs both text and audio");
            }
            byWords.put(text, mediaFolder.resolve("audio").resolve(audio));
        }
        return new PromptRecordings(file, byWords);
    }

    /** The recording of exactly these words, if the list has one (the file itself may still be missing). */
    Optional<Path> recordingOf(String words) {
        return Optional.ofNullable(byWords.get(words));
    }

    /** Every listed phrase and its recording. */
    Map<String, Path> all() {
        return Map.copyOf(byWords);
    }

    Path listFile() {
        return listFile;
    }
}
