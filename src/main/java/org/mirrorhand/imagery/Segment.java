package org.mirrorhand.imagery;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One spoken passage of a script and the silence that follows it.
 *
 * @param id           unique within its script; named in every error message about this segment
 * @param text         the words spoken (and shown on screen)
 * @param audio        the audio file relative to the script's audio folder, or empty when nothing is recorded yet
 *                     (then the computer voice speaks it, or the text is shown)
 * @param silenceAfter quiet time for imagining after the words; timed exactly by the player
 * @param cue          an optional hint shown on screen
 */
public record Segment(String id, String text, Optional<String> audio, Duration silenceAfter, Optional<Cue> cue) {
    public Segment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(audio, "audio");
        Objects.requireNonNull(silenceAfter, "silenceAfter");
        Objects.requireNonNull(cue, "cue");
        if (silenceAfter.isNegative()) {
            throw new IllegalArgumentException("silenceAfter must not be negative: " + silenceAfter);
        }
    }

    public Segment withAudio(String relativeAudio) {
        return new Segment(id, text, Optional.ofNullable(relativeAudio), silenceAfter, cue);
    }
}
