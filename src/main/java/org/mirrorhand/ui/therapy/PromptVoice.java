package org.mirrorhand.ui.therapy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.mirrorhand.imagery.AudioOutput;
import org.mirrorhand.imagery.AudioUnavailableException;

/**
 * Speaks the therapy prompts from the recordings shipped in the media folder, through the same {@link AudioOutput} the
 * guided imagery uses. Called on the JavaFX thread, it hands each request to its own voice thread and returns at once:
 * the first JavaFX MediaPlayer of a run takes most of a second to set up (measured 0.7 s), which would freeze the live
 * mirror. The output is confined to that one thread (MediaPlayer itself has no thread rule; the imagery screens use the
 * same class on the JavaFX thread). Anything that goes wrong (no media folder, a missing file, no sound card) is
 * reported once: a short plain line on screen, the full line (file, what to do) on the error stream; the session
 * carries on with the words shown.
 */
final class PromptVoice implements Speaker {

    static final String MISSING = "The spoken words are missing, so they are only shown.";
    static final String NO_SOUND = "Sound cannot be played on this computer, so the words are only shown.";

    private final Optional<Path> mediaFolder;
    private final Supplier<AudioOutput> outputs;
    private final Consumer<String> onProblem;
    private final Consumer<String> log;
    private final Executor voiceThread;
    private final Set<String> reported = ConcurrentHashMap.newKeySet();
    // Both touched only on the voice thread.
    private PromptRecordings recordings;
    private AudioOutput output;

    /**
     * @param mediaFolder the shipped media folder (holding prompts.json and audio/), if the app found one
     * @param outputs     makes the sound output when it is first needed
     * @param onProblem   shows a short line; called at most once per distinct problem, on the voice thread or the
     *                    JavaFX thread (where the player reports late failures)
     * @param log         takes the full line with the file and what to do
     * @param voiceThread runs the loading and playing, one request at a time, in order
     */
    PromptVoice(Optional<Path> mediaFolder, Supplier<AudioOutput> outputs, Consumer<String> onProblem,
            Consumer<String> log, Executor voiceThread) {
        this.mediaFolder = mediaFolder;
        this.outputs = outputs;
        this.onProblem = onProblem;
        this.log = log;
        this.voiceThread = voiceThread;
    }

    /** A voice with its own daemon thread, so the JavaFX thread never waits for the sound system. */
    static PromptVoice onOwnThread(Optional<Path> mediaFolder, Supplier<AudioOutput> outputs,
            Consumer<String> onProblem) {
        return new PromptVoice(mediaFolder, outputs, onProblem, line -> System.err.println("mirrorhand: " + line),
                Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "mirrorhand-voice");
            t.setDaemon(true);
            return t;
        }));
    }

    @Override
    public void say(String words) {
        voiceThread.execute(() -> sayNow(words));
    }

    private void sayNow(String words) {
        if (recordings().isEmpty()) {
            return; // already reported why there are no recordings
        }
        Optional<Path> file = recordings.recordingOf(words);
        if (file.isEmpty()) {
            report(MISSING, "There is no recording of \"" + words + "\" in " + recordings.listFile()
                    + "; the words are shown on screen."
                    + " Run media/tools/generate-audio.sh prompts.json to record them.");
            return;
        }
        if (!Files.isRegularFile(file.get())) {
            report(MISSING, "The recording " + file.get() + " is missing, so the words are only shown."
                    + " Reinstall MirrorHand, or run media/tools/generate-audio.sh prompts.json.");
            return;
        }
        try {
            if (output == null) {
                output = outputs.get();
                output.setOnFailure(reason -> report(NO_SOUND, "The prompt could not be spoken: " + reason
                        + ". The words are shown on screen."));
            }
            output.play(file.get(), Duration.ZERO);
        } catch (AudioUnavailableException e) {
            report(NO_SOUND, "The prompt could not be spoken: " + e.getMessage() + ". The words are shown on screen.");
        } catch (RuntimeException e) {
            // A platform player can fail in ways it does not declare; the session matters more than the sound.
            report(NO_SOUND, "The prompt could not be spoken (" + e + "). The words are shown on screen.");
        }
    }

    @Override
    public void stop() {
        voiceThread.execute(() -> {
            if (output != null) {
                output.stop();
            }
        });
    }

    private Optional<PromptRecordings> recordings() {
        if (recordings == null && mediaFolder.isPresent()) {
            try {
                recordings = PromptRecordings.read(mediaFolder.get());
            } catch (IOException e) {
                report(MISSING, "The spoken prompts cannot be played: " + e.getMessage()
                        + ". The words are shown on screen.");
            }
        } else if (recordings == null) {
            report(MISSING, "The spoken prompts were not found (no media folder beside the program); the words are"
                    + " shown on screen. Set MIRRORHAND_MEDIA to the media folder to hear them.");
        }
        return Optional.ofNullable(recordings);
    }

    /**
     * Shows a short line over the mirror (the person needs to know only that the words will not be heard) and writes
     * the full line, with the file and what to do, to the error stream for whoever looks after the computer.
     */
    private void report(String shown, String logged) {
        if (reported.add(logged)) {
            log.accept(logged);
            onProblem.accept(shown);
        }
    }
}
