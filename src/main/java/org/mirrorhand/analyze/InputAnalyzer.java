package org.mirrorhand.analyze;

import java.util.List;
import java.util.Optional;
import org.mirrorhand.capture.FrameSource;
import org.mirrorhand.capture.LiveFrame;
import org.mirrorhand.pose.HandPose;
import org.mirrorhand.pose.HandPoseEstimator;

/**
 * Runs one opened source through the pose engine frame by frame, handing each result to the observers. The next frames
 * are decoded on their own thread while this one estimates ({@link DecodeAhead}); every frame is analysed, in order.
 */
final class InputAnalyzer {
    private final HandPoseEstimator estimator;
    private final RunningMode mode;
    private long reused;

    InputAnalyzer(HandPoseEstimator estimator, RunningMode mode) {
        this.estimator = estimator;
        this.mode = mode;
    }

    /** Returns the number of frames analysed; a MediaException from the source propagates after earlier frames were observed. */
    long run(FrameSource source, Progress progress, List<FrameObserver> observers) {
        long frames = 0;
        try (DecodeAhead decoded = new DecodeAhead(source)) {
            for (Optional<LiveFrame> next = decoded.next(); next.isPresent(); next = decoded.next()) {
                LiveFrame frame = next.get();
                List<HandPose> hands = mode == RunningMode.VIDEO
                        ? estimator.track(frame.image(), frame.timestampMs())
                        : estimator.detect(frame.image());
                decoded.done(frame); // the engine keeps no reference to the picture
                for (FrameObserver observer : observers) {
                    observer.frame(frame.index(), frame.timestampMs(), hands);
                }
                frames++;
                if (progress != null) {
                    progress.step();
                }
            }
            reused = decoded.reused();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return frames;
    }

    /** Frames of the last run decoded into a buffer given back by an earlier one. */
    long reused() {
        return reused;
    }
}
