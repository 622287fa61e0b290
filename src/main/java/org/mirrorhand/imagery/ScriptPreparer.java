package org.mirrorhand.imagery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Resolves each segment's voice and measures it: the recorded file when there is one, else the computer voice, else
 * the text alone. A recorded file that will not decode is an {@link InvalidScriptException} naming the segment.
 * Off the JavaFX thread (decoding and synthesis take time).
 */
public final class ScriptPreparer {
    /** A slow reading pace for text shown without a voice; calm narration runs at about 120 words a minute. */
    static final double TEXT_ONLY_WORDS_PER_SECOND = 2.0;
    static final Duration TEXT_ONLY_MINIMUM = Duration.ofSeconds(4);

    private final AudioDurationProbe probe;
    private final SpeechSynthesizer speech;
    private final Optional<Path> chime;

    /** @param chime the shipped chime file (media/audio/chime.mp3) */
    public ScriptPreparer(AudioDurationProbe probe, SpeechSynthesizer speech, Path chime) {
        this.probe = probe;
        this.speech = speech;
        this.chime = Optional.ofNullable(chime);
    }

    public PreparedScript prepare(ImageryScript script) throws InvalidScriptException {
        List<PreparedSegment> prepared = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        int textOnly = 0;
        String speechProblem = "";
        for (Segment segment : script.segments()) {
            StringBuilder problem = new StringBuilder();
            PreparedSegment voiced = prepareSegment(script, segment, problem::append);
            prepared.add(voiced);
            if (voiced.source() == VoiceSource.TEXT_ONLY) {
                textOnly++;
                speechProblem = problem.isEmpty() ? speechProblem : problem.toString();
            }
        }
        if (textOnly > 0) {
            String why = !speechProblem.isEmpty() ? speechProblem
                    : !speech.unavailableReason().isEmpty() ? speech.unavailableReason()
                    : "the computer voice is not available";
            notices.add(textOnly + " of " + script.segments().size() + " parts of \"" + script.title()
                    + "\" have no recorded voice and " + why + ", so their words are shown on screen to read. "
                    + "Record them in the script editor to hear them.");
        }
        Optional<Path> usedChime = script.endChime() ? chime.filter(Files::isRegularFile) : Optional.empty();
        Duration chimeLength = Duration.ZERO;
        if (usedChime.isPresent()) {
            try {
                chimeLength = probe.durationOf(usedChime.get());
            } catch (IOException e) {
                usedChime = Optional.empty();
                notices.add("The end chime cannot be played (" + e.getMessage() + "); the script ends quietly.");
            }
        } else if (script.endChime()) {
            notices.add("The end chime file is missing; the script ends quietly. Reinstall MirrorHand to restore it.");
        }
        return new PreparedScript(script, prepared, usedChime, chimeLength, notices);
    }

    /**
     * One segment's voice: its recording, else the computer voice, else its text alone. Used for a whole script and
     * by the script editor to listen back to one part before saving.
     *
     * @param speechProblem told why the computer voice failed, when it was tried and failed (not when it is absent)
     * @throws InvalidScriptException when the segment's recording is missing or cannot be decoded
     */
    public PreparedSegment prepareSegment(ImageryScript script, Segment segment,
                                          Consumer<String> speechProblem)
            throws InvalidScriptException {
        Optional<Path> recorded = script.audioFile(segment);
        if (recorded.isPresent()) {
            return new PreparedSegment(segment, VoiceSource.RECORDED, recorded,
                    measure(script, segment, recorded.get()));
        }
        Optional<Path> spoken = Optional.empty();
        try {
            spoken = speech.speak(segment.text());
        } catch (IOException e) {
            speechProblem.accept(e.getMessage());
        }
        if (spoken.isPresent()) {
            return new PreparedSegment(segment, VoiceSource.COMPUTER_VOICE, spoken,
                    measure(script, segment, spoken.get()));
        }
        return new PreparedSegment(segment, VoiceSource.TEXT_ONLY, Optional.empty(), readingTime(segment.text()));
    }

    /** Why the computer voice cannot speak, in words for the user (empty when it can). */
    public String computerVoiceProblem() {
        return speech.unavailableReason();
    }

    private Duration measure(ImageryScript script, Segment segment, Path file) throws InvalidScriptException {
        try {
            return probe.durationOf(file);
        } catch (IOException e) {
            throw new InvalidScriptException("Script " + script.fileName() + ", segment '" + segment.id()
                    + "': audio file " + file.getFileName() + " cannot be played (" + e.getMessage()
                    + "); record the segment again in the script editor, or regenerate the audio.", e);
        }
    }

    static Duration readingTime(String text) {
        int words = text.isBlank() ? 0 : text.strip().split("\\s+").length;
        Duration reading = Duration.ofMillis(Math.round(words / TEXT_ONLY_WORDS_PER_SECOND * 1000));
        return reading.compareTo(TEXT_ONLY_MINIMUM) < 0 ? TEXT_ONLY_MINIMUM : reading;
    }
}
