package org.mirrorhand.ui.imagery;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.mirrorhand.imagery.AudioOutput;
import org.mirrorhand.imagery.ImageryLog;
import org.mirrorhand.imagery.MicrophoneRecorder;
import org.mirrorhand.imagery.ResumeStore;
import org.mirrorhand.imagery.ScriptFolder;
import org.mirrorhand.imagery.ScriptLibrary;
import org.mirrorhand.imagery.ScriptPreparer;

/**
 * Everything the imagery screens need, wired once by the app (or a test). Background work goes to {@code background};
 * results come back through {@code fxThread} (Platform::runLater in the app, a same-thread executor in tests).
 *
 * @param shipped     the scripts that come with MirrorHand
 * @param own         the user's own scripts and recordings (editable)
 * @param audio       makes one audio output per listening
 * @param clock       monotonic nanoseconds ({@code System::nanoTime})
 * @param microphone  makes a recorder (the default uses the system's microphone)
 */
public record ImageryContext(ScriptFolder shipped, ScriptFolder own, ScriptPreparer preparer, ResumeStore resume,
                             ImageryLog log, Supplier<AudioOutput> audio, LongSupplier clock,
                             Supplier<MicrophoneRecorder> microphone, Executor background, Executor fxThread) {
    public ImageryContext {
        Objects.requireNonNull(shipped, "shipped");
        Objects.requireNonNull(own, "own");
        Objects.requireNonNull(preparer, "preparer");
        Objects.requireNonNull(resume, "resume");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(audio, "audio");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(microphone, "microphone");
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(fxThread, "fxThread");
    }

    public ScriptLibrary library() {
        return new ScriptLibrary(List.of(shipped, own));
    }

    /** The chime that ends a script, in the shipped audio folder. */
    public Path chime() {
        return shipped.audio().resolve("chime.mp3");
    }
}
