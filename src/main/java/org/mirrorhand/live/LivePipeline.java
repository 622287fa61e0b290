package org.mirrorhand.live;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.mirrorhand.capture.MediaException;
import org.mirrorhand.capture.FrameSource;

/**
 * Wires one live session: a capture thread feeding two latest-wins slots, an inference thread owning the estimator, and
 * whatever draws the screen polling {@link #takeDisplayFrame()}. The display never waits for pose estimation. Started and
 * stopped from the JavaFX thread (or a test); stopping goes in reverse order and joins both threads, which close their own
 * native resources exactly once.
 */
public final class LivePipeline implements AutoCloseable {

    private static final long JOIN_MS = 3000;
    private static final long POSE_READY_MS = 15_000;

    private final LatestSlot<TimedFrame> displaySlot = new LatestSlot<>();
    private final LatestSlot<TimedFrame> poseSlot = new LatestSlot<>();
    private final AtomicReference<PoseResult> latestPose = new AtomicReference<>();
    private final AtomicReference<MediaException> captureProblem = new AtomicReference<>();
    private final AtomicReference<String> poseProblem = new AtomicReference<>();
    private final CaptureLoop capture;
    private final PoseLoop pose;
    private final Thread captureThread;
    private final Thread poseThread;
    private boolean stopped;

    private LivePipeline(FrameSource source, EstimatorFactory estimators, PoseListener listener) {
        capture = new CaptureLoop(source, displaySlot, poseSlot, captureProblem);
        pose = estimators == null ? null : new PoseLoop(estimators, poseSlot, latestPose, listener, poseProblem);
        if (pose != null) {
            // Models load in a second or two; capture waits (on its own thread) so the first movements are counted.
            capture.beforeFirstFrame(() -> {
                try {
                    pose.awaitReady(POSE_READY_MS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        captureThread = new Thread(capture, "mirrorhand-capture");
        poseThread = pose == null ? null : new Thread(pose, "mirrorhand-pose");
    }

    /**
     * Starts capture and, when {@code estimators} is not null, pose estimation.
     *
     * @param listener told of every pose result on the inference thread
     */
    public static LivePipeline start(FrameSource source, EstimatorFactory estimators, PoseListener listener) {
        return start(source, estimators, listener, false);
    }

    /**
     * As {@link #start(FrameSource, EstimatorFactory, PoseListener)}; with {@code everyFrameToPose} (for recordings, not
     * cameras) capture waits for estimation to take each frame, so no frame goes unanalysed.
     */
    public static LivePipeline start(FrameSource source, EstimatorFactory estimators, PoseListener listener,
                                     boolean everyFrameToPose) {
        LivePipeline p = new LivePipeline(source, estimators, listener);
        p.capture.everyFrameToPose(everyFrameToPose && estimators != null);
        if (p.poseThread != null) {
            p.poseThread.setDaemon(true);
            p.poseThread.start();
        }
        p.captureThread.setDaemon(true);
        p.captureThread.start();
        return p;
    }

    /** The newest frame not yet drawn, or null. Called by the drawing thread on each pulse. */
    public TimedFrame takeDisplayFrame() {
        return displaySlot.poll();
    }

    /** Waits up to {@code timeoutMs} for a new frame (benchmarks and headless drawing). */
    public TimedFrame awaitDisplayFrame(long timeoutMs) throws InterruptedException {
        return displaySlot.take(timeoutMs);
    }

    /** The newest pose result, which may belong to an older frame than the one on screen. */
    public Optional<PoseResult> latestPose() {
        return Optional.ofNullable(latestPose.get());
    }

    /** Why the camera or video stopped, if it did. */
    public Optional<MediaException> captureProblem() {
        return Optional.ofNullable(captureProblem.get());
    }

    /** Why hand tracking is not running, if it is not. */
    public Optional<String> poseProblem() {
        return Optional.ofNullable(poseProblem.get());
    }

    /** True when a video source reached its end (cameras never end). */
    public boolean sourceEnded() {
        return capture.ended();
    }

    public boolean captureRunning() {
        return captureThread.isAlive();
    }

    public long framesDroppedBeforeDisplay() {
        return displaySlot.dropped();
    }

    /** Frames replaced in the pose slot before the inference thread took them (estimation was slower than capture). */
    public long framesDroppedBeforePose() {
        return poseSlot.dropped();
    }

    public long poseFramesProcessed() {
        return pose == null ? 0 : pose.processed();
    }

    /** Stops capture first (no new frames), then inference; each thread closes what it owns. Idempotent. */
    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        capture.stop();
        join(captureThread);
        if (pose != null) {
            pose.stop();
            join(poseThread);
        }
    }

    private static void join(Thread t) {
        try {
            t.join(JOIN_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
