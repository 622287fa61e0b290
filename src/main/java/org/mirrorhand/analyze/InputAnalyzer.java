package org.mirrorhand.analyze;

import java.util.List;
import java.util.Optional;
import org.mirrorhand.capture.Frame;
import org.mirrorhand.capture.FrameSource;
import org.mirrorhand.pose.HandPose;
import org.mirrorhand.pose.HandPoseEstimator;

/** Runs one opened source through the pose engine frame by frame, handing each result to the observers. */
final class InputAnalyzer {
    private final HandPoseEstimator estimator;
    private final RunningMode mode;

    InputAnalyzer(HandPoseEstimator estimator, RunningMode mode) {
        this.estimator = estimator;
        this.mode = mode;
    }

    /** Returns the number of frames analysed; a MediaException from the source propagates after earlier frames were observed. */
    long run(FrameSource source, Progress progress, List<FrameObserver> observers) {
        long frames = 0;
        for (Optional<Frame> next = source.next(); next.isPresent(); next = source.next()) {
            Frame frame = next.get();
            List<HandPose> hands = mode == RunningMode.VIDEO
                    ? estimator.track(frame.image(), frame.timestampMs())
                    : estimator.detect(frame.image());
            for (FrameObserver observer : observers) {
                observer.frame(frame.index(), frame.timestampMs(), hands);
            }
            frames++;
            if (progress != null) {
                progress.step();
            }
        }
        return frames;
    }
}
