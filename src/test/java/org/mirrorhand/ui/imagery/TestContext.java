package org.mirrorhand.ui.imagery;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.mirrorhand.imagery.AudioOutput;
import org.mirrorhand.imagery.FfmpegDurationProbe;
import org.mirrorhand.imagery.FestivalSpeech;
import org.mirrorhand.imagery.ImageryScript;
import org.mirrorhand.imagery.ImagerySession;
import org.mirrorhand.imagery.InMemoryImageryLog;
import org.mirrorhand.imagery.JavaFxAudioOutput;
import org.mirrorhand.imagery.JsonResumeStore;
import org.mirrorhand.imagery.MicrophoneRecorder;
import org.mirrorhand.imagery.ScriptFolder;
import org.mirrorhand.imagery.ScriptPreparer;
import org.mirrorhand.imagery.SpeechSynthesizer;

/**
 * Real parts for screen tests: the shipped scripts and audio, FFmpeg, the JavaFX player (silent through the null ALSA
 * device), a JSON resume file in a temp folder. Only the clock is stepped by hand, and work runs on the calling thread.
 */
final class TestContext {
    static final Executor SAME_THREAD = Runnable::run;

    final AtomicLong nanos = new AtomicLong(5_000_000_000L);
    final LongSupplier clock = nanos::get;
    final InMemoryImageryLog log = new InMemoryImageryLog();
    final Navigation navigation = new Navigation();
    final ImageryContext context;

    /** Every audio output the screens made, newest last, so tests can ask whether sound really flows. */
    final List<AudioOutput> outputs = new ArrayList<>();

    TestContext(Path dataFolder, MicrophoneRecorder.LineSource microphone) {
        this(dataFolder, microphone, JavaFxAudioOutput::new, new FestivalSpeech(dataFolder.resolve("tts")));
    }

    /** With another sound output or computer voice: for a computer without speakers, or without Festival. */
    TestContext(Path dataFolder, MicrophoneRecorder.LineSource microphone, Supplier<AudioOutput> audio,
                SpeechSynthesizer speech) {
        context = new ImageryContext(ScriptFolder.shipped(Path.of("media")), ScriptFolder.own(dataFolder),
                new ScriptPreparer(new FfmpegDurationProbe(), speech, Path.of("media/audio/chime.mp3")),
                new JsonResumeStore(dataFolder.resolve("imagery-resume.json")), log, () -> {
                    AudioOutput made = audio.get();
                    outputs.add(made);
                    return made;
                }, clock, () -> new MicrophoneRecorder(microphone), SAME_THREAD, SAME_THREAD);
    }

    void advance(Duration by) {
        nanos.addAndGet(by.toNanos());
    }

    ImageryScript shipped(String id) {
        return context.library().load().scripts().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    /** Writes down where the screens asked to go. */
    static final class Navigation implements ImageryNavigator {
        final List<String> visits = new ArrayList<>();
        ImagerySession lastSession;
        ImageryScript lastScript;

        @Override
        public void showScriptList() {
            visits.add("list");
        }

        @Override
        public void showPlayer(ImageryScript script) {
            visits.add("player " + script.id());
            lastScript = script;
        }

        @Override
        public void showBedMode(ImageryScript script) {
            visits.add("bed " + script.id());
            lastScript = script;
        }

        @Override
        public void showEditor(ImageryScript script) {
            visits.add("editor " + (script == null ? "new" : script.id()));
            lastScript = script;
        }

        @Override
        public void showAfterSession(ImagerySession session) {
            visits.add("after " + session.scriptId());
            lastSession = session;
        }
    }
}
