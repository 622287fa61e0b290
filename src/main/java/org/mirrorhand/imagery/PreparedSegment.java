package org.mirrorhand.imagery;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A segment ready to play: the file to play (if any), how long its voice lasts and the silence after it.
 *
 * @param speech how long the words take: the audio's measured length, or a slow reading time when text-only
 */
public record PreparedSegment(Segment segment, VoiceSource source, Optional<Path> audio, Duration speech) {
    public PreparedSegment {
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(audio, "audio");
        Objects.requireNonNull(speech, "speech");
        if (audio.isEmpty() != (source == VoiceSource.TEXT_ONLY)) {
            throw new IllegalArgumentException("only a text-only segment has no audio: " + segment.id());
        }
    }

    public Duration silenceAfter() {
        return segment.silenceAfter();
    }
}
