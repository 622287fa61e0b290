package org.mirrorhand.analyze;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mirrorhand.capture.FrameSource;
import org.mirrorhand.capture.MediaException;
import org.mirrorhand.capture.MediaFiles;
import org.mirrorhand.capture.SourceInfo;
import org.mirrorhand.history.DataFolder;
import org.mirrorhand.history.HistoryException;
import org.mirrorhand.history.SafeOutput;
import org.mirrorhand.metrics.HandSummary;
import org.mirrorhand.metrics.SessionAnalyser;
import org.mirrorhand.metrics.SessionSummary;
import org.mirrorhand.pose.HandPoseEngines;
import org.mirrorhand.pose.HandPoseEstimator;
import org.mirrorhand.pose.PalmsAhead;
import org.mirrorhand.pose.ModelLoadException;
import org.mirrorhand.pose.PixelSampling;
import org.mirrorhand.pose.PoseOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code analyze}: finds hands in still images and videos and writes their landmarks. One bad input is reported in one
 * line and the others are still analysed; the exit code is 1 when any input failed.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Find hands and their 21 landmarks in images (JPEG, PNG, BMP) and videos.")
public final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Images or videos to analyse.")
    List<Path> inputs;

    @Option(names = "--json", paramLabel = "FILE", description = "Write all results to this JSON file.")
    Path json;

    @Option(names = "--force", description = "Replace the --json file if it exists (never an input or the history).")
    boolean force;

    @Option(names = "--model", paramLabel = "full|lite", defaultValue = "full",
            description = "Model size: full (default, more accurate) or lite (faster).")
    PoseOptions.ModelVariant model;

    @Option(names = "--max-hands", paramLabel = "N", defaultValue = "2", description = "Most hands to find (default 2).")
    int maxHands;

    @Option(names = "--mode", paramLabel = "image|video",
            description = "image: each frame on its own; video: track from frame to frame."
                    + " Default: image for stills, video for videos.")
    RunningMode mode;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--reps", description = "Print each hand's extension-rep count for each input.")
    boolean printReps;

    @Option(names = "--no-smoothing",
            description = "Video mode: report the landmarks exactly as MediaPipe Hands' graph gives them, unsmoothed.")
    boolean noSmoothing;

    @Option(names = "--sampling", paramLabel = "cpu|gpu", defaultValue = "cpu",
            description = "How the models read the picture: cpu (default) as MediaPipe's CPU graph and Python solution,"
                    + " gpu as its GPU graph and web solution; use gpu to compare with results from the web solution.")
    PixelSampling sampling;

    @Option(names = "--palm-interval-ms", paramLabel = "MS", defaultValue = "200",
            description = "Video mode, while a hand is tracked and more are wanted: look for the missing hand at most"
                    + " every MS milliseconds of video (default 200); 0 looks on every frame, as MediaPipe does.")
    int palmIntervalMs;

    @Option(names = "--models", paramLabel = "DIR",
            description = "Read the .tflite models from this folder instead of the ones built into the program.")
    Path modelsDir;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        if (threads.refused(err)) {
            return 2;
        }
        if (maxHands < 1) {
            err.println("mirrorhand: --max-hands must be 1 or more, got " + maxHands);
            return 2;
        }
        if (palmIntervalMs < 0) {
            err.println("mirrorhand: --palm-interval-ms must be 0 or more, got " + palmIntervalMs);
            return 2;
        }
        PoseOptions options = PoseOptions.DEFAULTS.withMaxHands(maxHands).withModel(model).withThreads(threads.count())
                .withSampling(sampling).withPalmIntervalMs(palmIntervalMs);
        SafeOutput rule = SafeOutput.replacing(force).protectingInputs(inputs).protecting(DataFolder.locate(null));
        if (json != null) {
            try {
                rule.check(json);
            } catch (HistoryException e) {
                err.println("mirrorhand: " + e.getMessage());
                return 2;
            }
        }
        int failures = 0;
        try (HandPoseEstimator stills = open(options);
             AnalysisJsonWriter writer = json == null ? null : AnalysisJsonWriter.create(json, rule)) {
            for (Path input : inputs) {
                if (!analyse(input, options, stills, writer, out, err)) {
                    failures++;
                }
            }
        } catch (ModelLoadException | MediaException | HistoryException e) {
            err.println("mirrorhand: " + e.getMessage());
            return 1;
        }
        if (json != null) {
            out.println("analyze: wrote " + json);
        }
        return failures == 0 ? 0 : 1;
    }

    private HandPoseEstimator open(PoseOptions options) {
        return HandPoseEngines.open(options, modelsDir, !noSmoothing);
    }

    private static void printReps(Path input, SessionSummary summary, PrintStream out) {
        if (summary.hands().isEmpty()) {
            out.println(input + ": reps: no hand measured");
        }
        for (HandSummary hand : summary.hands()) {
            out.printf("%s: reps: hand %d (%s) %d%n", input, hand.hand(), hand.handedness(), hand.repCount());
        }
    }

    private boolean analyse(Path input, PoseOptions options, HandPoseEstimator stills, AnalysisJsonWriter writer,
                            PrintStream out, PrintStream err) {
        FrameSource source;
        try {
            source = MediaFiles.open(input);
        } catch (MediaException e) {
            err.println("mirrorhand: " + e.getMessage());
            if (writer != null) {
                writer.failedInput(input.toString(), e.getMessage());
            }
            return false;
        }
        SourceInfo info = source.info();
        boolean isStill = info.frameCount() == 1 && info.fps() == 0;
        RunningMode effective = mode != null ? mode : isStill ? RunningMode.IMAGE : RunningMode.VIDEO;
        HandCountSummary counts = new HandCountSummary();
        SessionAnalyser metrics = new SessionAnalyser();
        List<FrameObserver> observers = new ArrayList<>();
        observers.add(counts);
        observers.add((index, timestampMs, hands) -> metrics.accept(timestampMs, hands));
        if (writer != null) {
            writer.startInput(input.toString(), info);
            observers.add(writer::frame);
        }
        String error = null;
        // Tracking state belongs to one video, so each video gets an estimator of its own.
        HandPoseEstimator estimator = effective == RunningMode.VIDEO ? open(options) : stills;
        PalmsAhead palmsAhead = null;
        try (source; Progress progress = isStill ? null : Progress.start(input.getFileName().toString(),
                info.frameCount(), err)) {
            palmsAhead = effective == RunningMode.VIDEO ? HandPoseEngines.openPalmsAhead(options, modelsDir) : null;
            new InputAnalyzer(estimator, effective, palmsAhead).run(source, progress, observers);
        } catch (MediaException e) {
            error = e.getMessage();
        } finally {
            if (palmsAhead != null) {
                palmsAhead.close();
            }
            if (estimator != stills) {
                estimator.close();
            }
        }
        SessionSummary summary = isStill ? metrics.summary(1) : metrics.summary();
        if (writer != null) {
            writer.endInput(summary, error);
        }
        out.println(input + ": " + counts.describe());
        if (printReps) {
            printReps(input, summary, out);
        }
        if (error != null) {
            err.println("mirrorhand: " + error);
            return false;
        }
        return true;
    }
}
