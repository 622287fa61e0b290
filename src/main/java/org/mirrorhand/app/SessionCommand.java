package org.mirrorhand.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mirrorhand.analyze.ThreadsOption;
import org.mirrorhand.capture.Frame;
import org.mirrorhand.capture.FrameSource;
import org.mirrorhand.capture.ImageFiles;
import org.mirrorhand.capture.MediaException;
import org.mirrorhand.capture.SourceInfo;
import org.mirrorhand.capture.VideoFile;
import org.mirrorhand.history.Finger;
import org.mirrorhand.history.Profile;
import org.mirrorhand.history.RepRecord;
import org.mirrorhand.history.RomMeasurement;
import org.mirrorhand.history.SessionMode;
import org.mirrorhand.history.Side;
import org.mirrorhand.history.SqliteSessionStore;
import org.mirrorhand.pose.HandPose;
import org.mirrorhand.pose.HandPoseEngines;
import org.mirrorhand.pose.HandPoseEstimator;
import org.mirrorhand.pose.ModelLoadException;
import org.mirrorhand.pose.PoseOptions;
import org.mirrorhand.session.SessionRecorder;
import org.mirrorhand.session.SessionResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code session}: the live app's pipeline (pose in video mode, then the session recorder) run on a video file, so a
 * therapist can analyse a recording made at home and tests can run a whole session. Each rep is printed after it is
 * stored; at the end, the reps and range of motion per hand.
 */
@Command(name = "session", mixinStandardHelpOptions = true,
        description = "Run a practice session on a video file and store it in the profile's history.")
final class SessionCommand extends HistoryCommand {
    @Option(names = "--profile", required = true, paramLabel = "NAME")
    String profile;
    @Option(names = "--source", required = true, paramLabel = "VIDEO", description = "The video file to analyse.")
    Path source;
    @Option(names = "--mode", paramLabel = "mirror|measure", defaultValue = "measure",
            description = "Kind of session to store (default measure).")
    SessionMode mode;
    @Option(names = "--affected", paramLabel = "left|right",
            description = "The affected hand (default: the profile's).")
    Side affected;
    @Option(names = "--selfie", description = "The video is mirrored (recorded with a selfie camera view).")
    boolean selfie;
    @Mixin
    ThreadsOption threads;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads.refused(err)) {
            return 2;
        }
        if (ImageFiles.isImage(source)) {
            err.println("mirrorhand: " + source + " is a still picture; a session needs a video (or the camera, in the"
                    + " app): give a video file with --source");
            return 2;
        }
        if (mode == SessionMode.IMAGERY) {
            err.println("mirrorhand: --mode must be mirror or measure; imagery sessions come from the imagery player");
            return 2;
        }
        try (SqliteSessionStore store = data.openStore(err)) {
            Profile p = store.requireProfile(profile);
            Side side = affected != null ? affected : p.affectedSide();
            try (FrameSource video = VideoFile.open(source);
                 HandPoseEstimator pose = HandPoseEngines.open(PoseOptions.DEFAULTS.withThreads(threads.count()))) {
                SessionRecorder recorder = SessionRecorder.start(store, p, mode, side,
                        source.getFileName().toString(), Instant.now(),
                        selfie ? SessionRecorder.View.SELFIE : SessionRecorder.View.CAMERA, rep -> {
                            out.printf(Locale.ROOT, "rep %d %s hand at %.1f s (opening %.0f %%)%n", rep.number(),
                                    rep.hand().word(), rep.openMs() / 1000.0, rep.peakOpeningPercent());
                            out.flush();
                        });
                out.println("Session " + recorder.sessionId() + " for " + p.name() + " from " + source);
                out.flush();
                Run run = run(video, pose, recorder, err);
                String failure = run.failure();
                SessionResult result = recorder.finish(failure == null ? null : endedEarly(run.frames(), video.info()));
                printResult(out, result);
                if (failure != null) {
                    out.println("Cut short: " + endedEarly(run.frames(), video.info()));
                    err.println("mirrorhand: " + failure + "; the reps up to there are stored");
                    return 1;
                }
            } catch (MediaException | ModelLoadException e) {
                err.println("mirrorhand: " + e.getMessage());
                return 1;
            }
        }
        return 0;
    }

    /** How far a video got: the frames analysed and, when it failed part-way, the reason (null when it ended normally). */
    private record Run(long frames, String failure) {
    }

    /** The words stored with a session whose video stopped early and shown by the report and this command. */
    static String endedEarly(long frames, SourceInfo info) {
        return "the video ended early (damaged?) — " + frames + (info.frameCount() > 0 ? " of " + info.frameCount() : "")
                + " frames analysed";
    }

    /** Feeds every frame, counting them; says why when the video fails part-way. */
    private static Run run(FrameSource video, HandPoseEstimator pose, SessionRecorder recorder, PrintWriter err) {
        SourceInfo info = video.info();
        long every = Math.max(1, info.frameCount() > 0 ? info.frameCount() / 10 : 100);
        long frames = 0;
        try {
            for (Optional<Frame> f = video.next(); f.isPresent(); f = video.next()) {
                Frame frame = f.get();
                frames++;
                List<HandPose> hands = pose.track(frame.image(), frame.timestampMs());
                recorder.accept(frame.timestampMs(), hands);
                if (frame.index() % every == 0) {
                    err.printf(Locale.ROOT, "session: frame %d%s%n", frame.index(),
                            info.frameCount() > 0 ? " of " + info.frameCount() : "");
                    err.flush();
                }
            }
            return new Run(frames, null);
        } catch (MediaException e) {
            return new Run(frames, e.getMessage());
        }
    }

    private static void printResult(PrintWriter out, SessionResult r) {
        out.printf(Locale.ROOT, "Stored session %d: %.1f s; reps: left hand %d, right hand %d%n", r.sessionId(),
                r.durationMs() / 1000.0, r.repCount(Side.LEFT), r.repCount(Side.RIGHT));
        for (RomMeasurement m : r.rom()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "ROM %s hand: opening range %s;",
                    m.hand().word(), deg(m.openingRangeDeg())));
            for (Finger f : Finger.values()) {
                line.append(String.format(Locale.ROOT, " %s ext %s TAM %s ±%.0f;", f.word(), deg(m.extensionDeg().get(f)),
                        deg(m.tamDeg().get(f)), m.uncertaintyDeg().get(f)));
            }
            out.println(line);
        }
        if (r.rom().isEmpty()) {
            out.println("ROM: no hand was seen long enough to measure");
        }
        out.flush();
    }

    private static String deg(double v) {
        return Double.isNaN(v) ? "not measured" : String.format(Locale.ROOT, "%.0f°", v);
    }

    @SuppressWarnings("unused")
    private static String describe(RepRecord r) {
        return r.toString();
    }
}
