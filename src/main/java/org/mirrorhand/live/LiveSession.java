package org.mirrorhand.live;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.mirrorhand.capture.FrameSource;
import org.mirrorhand.capture.MediaException;
import org.mirrorhand.pose.PoseOptions;

/**
 * One live session, the only frame loop of the program: a capture thread feeding two latest-wins slots (display and
 * pose), one inference thread owning the estimator and feeding the recording (the session analyser, whose reps its own
 * writer thread stores), and read-only state for whoever shows it: the newest frame and pose, the count, practice time,
 * problems (capture, pose, storage, each on its own), and whether it ended. The therapy and measure screens, the
 * `session` command and `bench-display` all drive it.
 *
 * <p>Two pacings: {@link Pacing#NEWEST_FRAME} for the screen (the picture never waits for pose; a video plays at its own
 * speed like a camera, pose takes the newest frame it can), and {@link Pacing#EVERY_FRAME} for analysing a file (capture
 * decodes the next frame while pose estimates this one, and waits for pose to take each frame, so none is skipped).
 *
 * <p>Started and stopped from one thread (the JavaFX thread, a command, a test); state may be read from any thread.
 * Closing goes in reverse order (capture, pose, then the recording is finished) and joins both threads, which close their
 * own native resources exactly once.
 */
public final class LiveSession implements AutoCloseable {

    /** How frames are shared between the screen and pose estimation. */
    public enum Pacing { NEWEST_FRAME, EVERY_FRAME }

    private static final long JOIN_MS = 3000;

    private final LatestSlot<TimedFrame> displaySlot = new LatestSlot<>();
    private final LatestSlot<TimedFrame> poseSlot;
    private final FramePool pool = new FramePool();
    private final AtomicReference<PoseResult> latestPose = new AtomicReference<>();
    private final AtomicReference<MediaException> captureProblem = new AtomicReference<>();
    private final AtomicReference<String> poseProblem = new AtomicReference<>();
    private final LiveRecording recording;
    private final CaptureLoop capture;
    private final PoseLoop pose;
    private final Thread captureThread;
    private final Thread poseThread;
    private boolean closed;

    private LiveSession(Builder b) {
        recording = b.recording;
        poseSlot = b.estimators == null ? null : new LatestSlot<>();
        pose = b.estimators == null ? null
                : new PoseLoop(b.estimators, b.options, poseSlot, latestPose, recording, poseProblem, pool);
        boolean everyFrame = b.pacing == Pacing.EVERY_FRAME;
        capture = new CaptureLoop(b.source, displaySlot, poseSlot, pool, captureProblem,
                () -> everyFrame && pose.alive());
        captureThread = new Thread(capture, "mirrorhand-capture");
        poseThread = pose == null ? null : new Thread(pose, "mirrorhand-pose");
    }

    /** Starts describing a session on {@code source}, which the session will own and close. */
    public static Builder on(FrameSource source) {
        return new Builder(source);
    }

    /** The choices of a session before it starts. */
    public static final class Builder {
        private final FrameSource source;
        private EstimatorFactory estimators;
        private PoseOptions options = PoseOptions.DEFAULTS;
        private LiveRecording recording = LiveRecording.NOTHING;
        private Pacing pacing = Pacing.NEWEST_FRAME;

        private Builder(FrameSource source) {
            this.source = source;
        }

        /** Runs pose estimation with these options; without it the session only shows pictures. */
        public Builder pose(EstimatorFactory factory, PoseOptions poseOptions) {
            estimators = factory;
            options = poseOptions;
            return this;
        }

        /** Feeds every pose result to this recording, which the session finishes when it closes. */
        public Builder recording(LiveRecording r) {
            recording = r == null ? LiveRecording.NOTHING : r;
            return this;
        }

        public Builder pacing(Pacing p) {
            pacing = p;
            return this;
        }

        /** Starts the threads; the picture flows at once while the models load beside it. */
        public LiveSession start() {
            LiveSession s = new LiveSession(this);
            if (s.poseThread != null) {
                s.poseThread.setDaemon(true);
                s.poseThread.start();
            }
            s.captureThread.setDaemon(true);
            s.captureThread.start();
            return s;
        }
    }

    /** The newest frame not yet drawn, or null. Called by the drawing thread on each pulse. */
    public TimedFrame takeDisplayFrame() {
        return displaySlot.poll();
    }

    /** Waits up to {@code timeoutMs} for a new frame (benchmarks and headless drawing). */
    public TimedFrame awaitDisplayFrame(long timeoutMs) throws InterruptedException {
        return displaySlot.take(timeoutMs);
    }

    /** The drawing thread is done with a frame it took (its buffer may be reused). */
    public void releaseDisplayed(TimedFrame f) {
        pool.release(f);
    }

    /** The newest pose result, which may belong to an older frame than the one on screen. */
    public Optional<PoseResult> latestPose() {
        return Optional.ofNullable(latestPose.get());
    }

    /** Reps of the working hand: the number shown and the number stored. */
    public int reps() {
        return recording.reps();
    }

    /** How long the person has practised, on the source's own clock (a video's time, a camera's time since opening). */
    public long practiceMs() {
        return Math.round(capture.spanMs());
    }

    /** Practice time: frame time with a hand in view, as the recording counts it (and stores it as the duration). */
    public long practisedMs() {
        return recording.practisedMs();
    }

    /** True while the session waits for a hand: none seen for a few seconds of frame time. */
    public boolean paused() {
        return recording.paused();
    }

    /** Why the camera or video stopped, if it did. */
    public Optional<MediaException> captureProblem() {
        return Optional.ofNullable(captureProblem.get());
    }

    /** Why hand tracking is not running, if it is not. */
    public Optional<String> poseProblem() {
        return Optional.ofNullable(poseProblem.get());
    }

    /** Why reps are not being saved just now (they wait in memory and are saved when the history file takes them). */
    public Optional<String> storageProblem() {
        return recording.storageProblem();
    }

    /** True when a video reached its end and pose estimation has dealt with every frame it was given. */
    public boolean ended() {
        if (!capture.ended()) {
            return false;
        }
        return pose == null || !pose.alive()
                || pose.finished() + poseSlot.dropped() >= capture.toPose();
    }

    /** Waits until {@link #ended()}, a capture problem, or the timeout; true when it ended. */
    public boolean awaitEnded(long timeoutMs) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000L;
        while (!ended() && captureProblem.get() == null && (captureThread.isAlive() || capture.ended())) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(10);
        }
        return ended();
    }

    /** Waits up to {@code timeoutMs} for the models to load (or fail to); true when pose is ready or absent. */
    public boolean awaitPoseReady(long timeoutMs) throws InterruptedException {
        return pose == null || pose.awaitReady(timeoutMs);
    }

    public boolean captureRunning() {
        return captureThread.isAlive();
    }

    public long framesDroppedBeforeDisplay() {
        return displaySlot.dropped();
    }

    /** Frames replaced in the pose slot before the inference thread took them (estimation was slower than capture). */
    public long framesDroppedBeforePose() {
        return poseSlot == null ? 0 : poseSlot.dropped();
    }

    public long poseFramesProcessed() {
        return pose == null ? 0 : pose.processed();
    }

    /** Frames estimated per second lately (0 before any). */
    public double poseFps() {
        return pose == null ? 0 : pose.fps();
    }

    /** Frames decoded into a reused buffer. */
    public long framesReused() {
        return pool.reused();
    }

    /** Stops capture first (no new frames), then inference, then finishes the recording. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        capture.stop();
        join(captureThread);
        if (pose != null) {
            pose.stop();
            join(poseThread);
        }
        recording.finish();
    }

    private static void join(Thread t) {
        try {
            t.join(JOIN_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
