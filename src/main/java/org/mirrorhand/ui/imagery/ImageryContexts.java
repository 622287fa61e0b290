package org.mirrorhand.ui.imagery;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import org.mirrorhand.imagery.FestivalSpeech;
import org.mirrorhand.imagery.FfmpegDurationProbe;
import org.mirrorhand.imagery.ImageryLog;
import org.mirrorhand.imagery.JavaFxAudioOutput;
import org.mirrorhand.imagery.JsonResumeStore;
import org.mirrorhand.imagery.MicrophoneRecorder;
import org.mirrorhand.imagery.ScriptFolder;
import org.mirrorhand.imagery.ScriptPreparer;

/** Wires the real imagery parts for the app. Call on any thread; the result is used on the JavaFX thread. */
public final class ImageryContexts {
    private ImageryContexts() {
    }

    /**
     * @param media       the shipped media folder (holding scripts/ and audio/)
     * @param imageryData the user's imagery data folder (own scripts, recordings, resume positions, speech cache)
     * @param log         where finished listenings are saved (the session history's store)
     */
    public static ImageryContext standard(Path media, Path imageryData, ImageryLog log) {
        ExecutorService background = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "imagery-background");
            thread.setDaemon(true);
            return thread;
        });
        ScriptFolder shipped = ScriptFolder.shipped(media);
        return new ImageryContext(shipped, ScriptFolder.own(imageryData),
                new ScriptPreparer(new FfmpegDurationProbe(), new FestivalSpeech(imageryData.resolve("speech-cache")),
                        shipped.audio().resolve("chime.mp3")),
                new JsonResumeStore(imageryData.resolve("resume-positions.json")), log, JavaFxAudioOutput::new,
                System::nanoTime, MicrophoneRecorder::new, background, Platform::runLater);
    }
}
