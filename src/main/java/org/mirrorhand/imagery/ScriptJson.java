package org.mirrorhand.imagery;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The exact shape of a script file; every field the file may hold is here, so anything else is refused. */
@JsonPropertyOrder({"id", "title", "description", "language", "totalDurationSeconds", "endChime", "segments"})
@JsonInclude(JsonInclude.Include.NON_NULL)
record ScriptJson(String id, String title, String description, String language, Double totalDurationSeconds,
                  Boolean endChime, List<SegmentJson> segments) {

    @JsonPropertyOrder({"id", "text", "audio", "silenceAfterSeconds", "cue"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SegmentJson(String id, String text, String audio, Double silenceAfterSeconds, String cue) {
    }
}
