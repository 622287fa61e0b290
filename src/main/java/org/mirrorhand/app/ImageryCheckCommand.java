package org.mirrorhand.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.mirrorhand.imagery.AudioFileCheck;
import org.mirrorhand.imagery.AudioUnavailableException;
import org.mirrorhand.imagery.ImageryScript;
import org.mirrorhand.imagery.JavaFxAudioOutput;
import org.mirrorhand.imagery.ScriptFolder;
import org.mirrorhand.imagery.ScriptLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mirrorhand imagery-check}: checks the guided-imagery scripts (and, with --sound, that sound can be played),
 * printing one line per script and one per problem. For therapists writing scripts by hand, and for support.
 */
@Command(name = "imagery-check", mixinStandardHelpOptions = true,
        description = "Check the guided-imagery scripts and, with --sound, the sound output.")
final class ImageryCheckCommand implements Callable<Integer> {
    @Option(names = "--media", description = "Folder holding scripts/ and audio/ (default: the one the app uses:"
            + " MIRRORHAND_MEDIA, else \"media\" beside the program).")
    Path media;

    @Option(names = "--own", description = "Also check your own scripts in this folder (scripts/ and recordings/).")
    Path own;

    @Option(names = "--sound", description = "Also start playing the end chime, to check that sound can be played.")
    boolean sound;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (media == null) {
            media = MediaFolder.locate();
        }
        if (own != null && !Files.isDirectory(own)) {
            err.println("problem: the folder " + own + " does not exist or is not a folder; give the folder that holds"
                    + " your scripts/ and recordings/");
            return 1;
        }
        out.println("media: " + media.toAbsolutePath().normalize());
        List<ScriptFolder> folders = own == null ? List.of(ScriptFolder.shipped(media))
                : List.of(ScriptFolder.shipped(media), ScriptFolder.own(own));
        ScriptLibrary.Contents contents = new ScriptLibrary(folders).load();
        for (ImageryScript script : contents.scripts()) {
            out.printf("ok: %s (%s), %d min, %d segments%n", script.fileName(), script.title(),
                    Math.round(script.totalDuration().toSeconds() / 60.0), script.segments().size());
        }
        List<String> problems = new java.util.ArrayList<>(contents.problems());
        problems.addAll(AudioFileCheck.problems(contents.scripts()));
        problems.forEach(p -> err.println("problem: " + p));
        boolean soundOk = !sound || checkSound(media.resolve("audio/chime.mp3"), out, err);
        return problems.isEmpty() && soundOk ? 0 : 1;
    }

    /** Plays the chime until JavaFX reports it playing, or says in one line why it cannot. */
    private static boolean checkSound(Path chime, PrintWriter out, PrintWriter err) throws Exception {
        if (!Files.isRegularFile(chime)) {
            err.println("problem: the chime " + chime + " is missing, so sound cannot be checked; reinstall MirrorHand.");
            return false;
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
            started.get(30, TimeUnit.SECONDS);
        } catch (IllegalStateException alreadyRunning) {
            // The toolkit is already up (tests run commands in one JVM): use it.
        } catch (UnsupportedOperationException e) {
            err.println("problem: no screen is available to start the sound system (" + e.getMessage() + ").");
            return false;
        }
        CompletableFuture<String> result = new CompletableFuture<>();
        JavaFxAudioOutput output = new JavaFxAudioOutput();
        Platform.runLater(() -> {
            output.setOnFailure(result::complete);
            try {
                output.play(chime, Duration.ZERO);
            } catch (AudioUnavailableException e) {
                result.complete(e.getMessage());
            }
        });
        // Wait for a state, not for the sound: PLAYING normally arrives within a second.
        for (int i = 0; i < 100 && !result.isDone(); i++) {
            CompletableFuture<Boolean> playing = new CompletableFuture<>();
            Platform.runLater(() -> playing.complete(output.isPlaying()));
            if (playing.get(5, TimeUnit.SECONDS)) {
                result.complete("");
            } else {
                Thread.sleep(100);
            }
        }
        Platform.runLater(output::close);
        String problem = result.isDone() ? result.get() : "the sound system did not start playing within 10 seconds";
        if (problem.isEmpty()) {
            out.println("ok: sound output plays " + chime.getFileName());
            return true;
        }
        err.println("problem: no sound: " + problem + ". Check that speakers or headphones are connected and "
                + "switched on.");
        return false;
    }
}
