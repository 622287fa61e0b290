package org.mirrorhand.ui.therapy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.mirrorhand.imagery.AudioOutput;
import org.mirrorhand.imagery.AudioUnavailableException;

/**
 * Speaks the therapy prompts from the recordings shipped in the media folder, through the same {@link AudioOutput} the
 * guided imagery uses. Playing starts the platform's player and returns: the sound runs on the player's own threads.
 * Anything that goes wrong (no media folder, a missing file, no sound card) is reported once as one plain line, on
 * screen and on the error stream, and the session carries on with the words on screen. JavaFX thread only.
 */
final class PromptVoice implements Speaker {

    private final Optional<Path> mediaFolder;
    private final Supplier<AudioOutput> outputs;
    private final Consumer<String> onProblem;
    private final Set<String> reported = new HashSet<>();
    private PromptRecordings recordings;
    private AudioOutput output;

    /**
     * @param mediaFolder the shipped media folder (holding prompts.json and audio/), if the app found one
     * @param outputs     makes the sound output when it is first needed
     * @param onProblem   shows a problem; called at most once per distinct problem
     */
    PromptVoice(Optional<Path> mediaFolder, Supplier<AudioOutput> outputs, Consumer<String> onProblem) {
        this.mediaFolder = mediaFolder;
        this.outputs = outputs;
        this.onProblem = onProblem;
    }

    @Override
    public void say(String words) {
        if (recordings().isEmpty()) {
            return; // already reported why there are no recordings
        }
        Optional<Path> file = recordings.recordingOf(words);
        if (file.isEmpty()) {
            report("There is no recording of \"" + words + "\" in " + recordings.listFile()
                    + "; the words are shown on screen. Run media/tools/generate-audio.sh prompts.json to record them.");
            return;
        }
        if (!Files.isRegularFile(file.get())) {
            report("The recording " + file.get() + " is missing, so the words are only shown. Reinstall MirrorHand,"
                    + " or run media/tools/generate-audio.sh prompts.json.");
            return;
        }
        try {
            if (output == null) {
                output = outputs.get();
                output.setOnFailure(reason -> report("The prompt could not be spoken: " + reason
                        + ". The words are shown on screen."));
            }
            output.play(file.get(), Duration.ZERO);
        } catch (AudioUnavailableException e) {
            report("The prompt could not be spoken: " + e.getMessage() + ". The words are shown on screen.");
        } catch (RuntimeException e) {
            // A platform player can fail in ways it does not declare; the session matters more than the sound.
            report("The prompt could not be spoken (" + e + "). The words are shown on screen.");
        }
    }

    @Override
    public void stop() {
        if (output != null) {
            output.stop();
        }
    }

    private Optional<PromptRecordings> recordings() {
        if (recordings == null && mediaFolder.isPresent()) {
            try {
                recordings = PromptRecordings.read(mediaFolder.get());
            } catch (IOException e) {
                report("The spoken prompts cannot be played: " + e.getMessage() + ". The words are shown on screen.");
            }
        } else if (recordings == null) {
            report("The spoken prompts were not found (no media folder beside the program); the words are shown on"
                    + " screen. Set MIRRORHAND_MEDIA to the media folder to hear them.");
        }
        return Optional.ofNullable(recordings);
    }

    private void report(String line) {
        if (reported.add(line)) {
            System.err.println("mirrorhand: " + line);
            onProblem.accept(line);
        }
    }
}
