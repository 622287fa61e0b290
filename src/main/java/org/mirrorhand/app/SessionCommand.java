package org.mirrorhand.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.mirrorhand.capture.FrameSource;
import org.mirrorhand.capture.MediaException;
import org.mirrorhand.capture.VideoFile;
import org.mirrorhand.history.Finger;
import org.mirrorhand.history.Profile;
import org.mirrorhand.history.RepRecord;
import org.mirrorhand.history.RomMeasurement;
import org.mirrorhand.history.SessionMode;
import org.mirrorhand.history.Side;
import org.mirrorhand.history.SqliteSessionStore;
import org.mirrorhand.history.StorageTrouble;
import org.mirrorhand.live.LiveSession;
import org.mirrorhand.live.Tracking;
import org.mirrorhand.pose.HandPoseEngines;
import org.mirrorhand.pose.HandPoseEstimator;
import org.mirrorhand.pose.ModelLoadException;
import org.mirrorhand.pose.PoseOptions;
import org.mirrorhand.session.SessionRecorder;
import org.mirrorhand.session.SessionRecording;
import org.mirrorhand.session.SessionResult;
import org.mirrorhand.session.StoreWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code session}: the live app's session (a {@link LiveSession}: pose in video mode on its own thread, the session
 * recorder, a store writer on its own thread) run on a video file, so a therapist can analyse a recording made at home and
 * tests can run a whole session. Every frame is analysed (decoding the next while pose estimates this one). Each rep is
 * printed after it is stored; when the history file is busy or the disk full the session goes on, says so on stderr, and
 * stores the waiting reps when it can. At the end, the reps and range of motion per hand.
 */
@Command(name = "session", mixinStandardHelpOptions = true,
        description = "Run a practice session on a video file and store it in the profile's history.")
final class SessionCommand extends HistoryCommand {
    /** How long the end waits for a busy or full history to take the reps still waiting. */
    private static final long SAVE_WAIT_MS = 300_000;

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

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (mode == SessionMode.IMAGERY) {
            err.println("mirrorhand: --mode must be mirror or measure; imagery sessions come from the imagery player");
            return 2;
        }
        try (SqliteSessionStore store = data.openStore(err)) {
            Profile p = store.requireProfile(profile);
            Side side = affected != null ? affected : p.affectedSide();
            // A recording made at home may show both hands whatever the kind of session, so both are tracked.
            PoseOptions options = Tracking.BOTH_HANDS;
            FrameSource video;
            HandPoseEstimator pose;
            try {
                video = VideoFile.open(source);
            } catch (MediaException e) {
                err.println("mirrorhand: " + e.getMessage());
                return 1;
            }
            try {
                // Opened here so a missing model stores no empty session; the inference thread owns it from then on.
                pose = HandPoseEngines.open(options);
            } catch (ModelLoadException e) {
                video.close();
                err.println("mirrorhand: " + e.getMessage());
                return 1;
            }
            SessionRecorder recorder = SessionRecorder.start(store, p, mode, side, source.getFileName().toString(),
                    Instant.now(), selfie ? SessionRecorder.View.SELFIE : SessionRecorder.View.CAMERA,
                    new Printer(out, err));
            SessionRecording recording = new SessionRecording(recorder, side.other());
            out.println("Session " + recorder.sessionId() + " for " + p.name() + " from " + source);
            out.flush();
            LiveSession live = LiveSession.on(video).pose(o -> pose, options).recording(recording)
                    .pacing(LiveSession.Pacing.EVERY_FRAME).start();
            String failure = follow(live, video.info().frameCount(), err);
            live.close();
            if (!awaitSaved(recording, err)) {
                return 1;
            }
            printResult(out, recording.result());
            if (failure != null) {
                err.println("mirrorhand: " + failure + "; the reps up to there are stored");
                return 1;
            }
        }
        return 0;
    }

    /** Waits for the video's end, printing progress; returns an error message when it fails part-way, else null. */
    private static String follow(LiveSession live, long frameCount, PrintWriter err) {
        long every = Math.max(1, frameCount > 0 ? frameCount / 10 : 100);
        long nextReport = 0;
        try {
            while (!live.awaitEnded(200)) {
                if (live.captureProblem().isPresent()) {
                    break;
                }
                if (live.poseProblem().isPresent()) {
                    return live.poseProblem().get();
                }
                long done = live.poseFramesProcessed();
                if (done >= nextReport) {
                    err.printf(Locale.ROOT, "session: frame %d%s%n", done, frameCount > 0 ? " of " + frameCount : "");
                    err.flush();
                    nextReport = (done / every + 1) * every;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
        return live.captureProblem().map(MediaException::getMessage).orElse(null);
    }

    /** The end waits for reps held up by a busy or full history; false (said plainly) when they could not be saved. */
    private static boolean awaitSaved(SessionRecording recording, PrintWriter err) {
        StoreWriter writer = recording.writer().orElseThrow();
        try {
            if (writer.awaitSaved(1000)) {
                return true;
            }
            err.println("session: waiting for the history file to take " + writer.waiting() + " more writes…");
            err.flush();
            if (writer.awaitSaved(SAVE_WAIT_MS)) {
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int lost = writer.abandon();
        err.println("mirrorhand: " + writer.problem().orElse(StorageTrouble.OTHER.sentence()) + " Gave up after "
                + SAVE_WAIT_MS / 60_000 + " minutes with " + lost + " writes not saved; the reps printed above are stored.");
        return false;
    }

    /** Prints each rep once stored, and saving held up or working again; on the writer thread. */
    private record Printer(PrintWriter out, PrintWriter err) implements StoreWriter.Listener {
        @Override
        public void repStored(RepRecord rep) {
            out.printf(Locale.ROOT, "rep %d %s hand at %.1f s (opening %.0f %%)%n", rep.number(),
                    rep.hand().word(), rep.openMs() / 1000.0, rep.peakOpeningPercent());
            out.flush();
        }

        @Override
        public void storageProblem(Optional<String> sentence) {
            err.println("session: " + sentence.orElse("Saving works again; the reps that waited are being stored."));
            err.flush();
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
}
