package org.mirrorhand.ui.imagery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.mirrorhand.imagery.AudioOutput;
import org.mirrorhand.imagery.AudioUnavailableException;
import org.mirrorhand.imagery.ImageryScript;
import org.mirrorhand.imagery.InvalidScriptException;
import org.mirrorhand.imagery.PreparedSegment;
import org.mirrorhand.imagery.Segment;
import org.mirrorhand.imagery.VoiceSource;

/**
 * Listening back to one part in the script editor: its own recording, else the computer voice. The voice comes from
 * the same {@link org.mirrorhand.imagery.ScriptPreparer} as the player and sounds through the same
 * {@link AudioOutput}; the end is known from the measured length, as the player's timeline knows it. Every problem
 * becomes one sentence naming the part. Never touches controls; JavaFX thread, preparation on the background executor.
 */
final class PartListener {
    private final ImageryContext context;
    private final ToIntFunction<SegmentDraft> partNumber;
    private final Consumer<String> say;
    private final ReadOnlyObjectWrapper<SegmentDraft> playing = new ReadOnlyObjectWrapper<>();
    private AudioOutput audio;
    private long endsAtNanos;
    private boolean sounding;
    // A press of Stop, or another part, while the voice is still being prepared must make that late result moot.
    private int generation;

    /**
     * @param partNumber the part's number as the user sees it now (1-based; parts can be moved while playing)
     * @param say        shows a message to the user
     */
    PartListener(ImageryContext context, ToIntFunction<SegmentDraft> partNumber, Consumer<String> say) {
        this.context = context;
        this.partNumber = partNumber;
        this.say = say;
    }

    /** Prepares and plays the part; {@code script} gives where its recording lives (the script as it would be saved). */
    void play(ImageryScript script, SegmentDraft draft) {
        stop();
        int number = partNumber.applyAsInt(draft);
        Segment segment = draft.toSegment();
        Optional<Path> recording = script.audioFile(segment);
        if (recording.isEmpty() && segment.text().isBlank()) {
            say.accept("Part " + number + " has no words and no recording yet, so there is nothing to play.");
            return;
        }
        if (recording.isPresent() && !Files.isRegularFile(recording.get())) {
            say.accept(recordingBroken(number, "file missing"));
            return;
        }
        int mine = ++generation;
        playing.set(draft);
        say.accept("Getting part " + number + " ready…");
        context.background().execute(() -> {
            StringBuilder speechProblem = new StringBuilder();
            try {
                PreparedSegment voice = context.preparer().prepareSegment(script, segment, speechProblem::append);
                context.fxThread().execute(() -> start(mine, draft, voice, speechProblem.toString()));
            } catch (InvalidScriptException | RuntimeException e) {
                context.fxThread().execute(() -> failed(mine, recording.isPresent()
                        ? recordingBroken(partNumber.applyAsInt(draft), "file damaged")
                        : "Part " + partNumber.applyAsInt(draft) + ": the computer voice gave no sound that can be "
                        + "played. Record the part (Ctrl+R) to hear it."));
            }
        });
    }

    private void start(int mine, SegmentDraft draft, PreparedSegment voice, String speechProblem) {
        if (mine != generation) {
            return;
        }
        int number = partNumber.applyAsInt(draft);
        if (voice.source() == VoiceSource.TEXT_ONLY) {
            String why = !speechProblem.isEmpty() ? speechProblem : context.preparer().computerVoiceProblem();
            failed(mine, "Part " + number + " has no recording, and the computer voice cannot read it here ("
                    + (why.isEmpty() ? "it is not available" : why) + "). Record the part (Ctrl+R) to hear it.");
            return;
        }
        boolean own = voice.source() == VoiceSource.RECORDED;
        try {
            output().setOnFailure(reason -> failed(mine, laterFailure(partNumber.applyAsInt(draft), own, reason)));
            output().play(voice.audio().orElseThrow(), Duration.ZERO);
        } catch (AudioUnavailableException e) {
            failed(mine, noSound(number, e.getMessage()));
            return;
        }
        sounding = true;
        endsAtNanos = context.clock().getAsLong() + voice.speech().toNanos();
        say.accept("Playing part " + number + (own ? " in your voice" : " in the computer voice") + ", "
                + Format.clock(voice.speech()) + ". Press Ctrl+P to stop.");
    }

    private void failed(int mine, String message) {
        if (mine != generation) {
            return;
        }
        stop();
        say.accept(message);
    }

    /** A failure the sound system reports once playing has begun: the device, or the file, is at fault. */
    private static String laterFailure(int number, boolean ownRecording, String reason) {
        if (reason.contains("no working sound output")) {
            return noSound(number, reason);
        }
        return ownRecording ? recordingBroken(number, reason)
                : "Part " + number + ": the computer voice cannot be played (" + reason + ").";
    }

    private static String noSound(int number, String reason) {
        return "Part " + number + " cannot be heard: " + reason + ". Check the speakers or headphones; nothing in "
                + "the script is lost.";
    }

    private static String recordingBroken(int number, String why) {
        return "Part " + number + ": the recording cannot be played (" + why + "); record it again (Ctrl+R).";
    }

    /** Call on every display pulse: notices that the voice has come to its end. */
    void tick() {
        if (sounding && context.clock().getAsLong() >= endsAtNanos) {
            stop();
        }
    }

    /** Silence now; a voice still being prepared will not start. */
    void stop() {
        generation++;
        if (sounding) {
            audio.stop();
            sounding = false;
        }
        playing.set(null);
    }

    /** The editor is closing: silence, and let go of the sound output. */
    void close() {
        stop();
        if (audio != null) {
            audio.close();
            audio = null;
        }
    }

    /** The part being prepared or played; null when all is quiet. */
    ReadOnlyObjectProperty<SegmentDraft> playingProperty() {
        return playing.getReadOnlyProperty();
    }

    private AudioOutput output() {
        if (audio == null) {
            audio = context.audio().get();
        }
        return audio;
    }
}
