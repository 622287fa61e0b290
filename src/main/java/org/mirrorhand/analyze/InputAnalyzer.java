package org.mirrorhand.analyze;

import java.util.List;
import java.util.Optional;
import org.mirrorhand.capture.FrameSource;
import org.mirrorhand.capture.LiveFrame;
import org.mirrorhand.pose.HandPose;
import org.mirrorhand.pose.HandPoseEstimator;
import org.mirrorhand.pose.PalmsAhead;

/**
 * Runs one opened source through the pose engine frame by frame, handing each result to the observers. The next frames
 * are decoded on their own thread while this one estimates ({@link DecodeAhead}), which in video mode also runs the
 * palm detection the estimator will want ({@link PalmsAhead}); every frame is analysed, in order.
 */
final class InputAnalyzer {
    private final HandPoseEstimator estimator;
    private final RunningMode mode;
    private final PalmsAhead palmsAhead;
    private long reused;

    InputAnalyzer(HandPoseEstimator estimator, RunningMode mode) {
        this(estimator, mode, null);
    }

    /** @param palmsAhead video mode's palm detection to run on the decoding thread, or null; the caller closes it */
    InputAnalyzer(HandPoseEstimator estimator, RunningMode mode, PalmsAhead palmsAhead) {
        this.estimator = estimator;
        this.mode = mode;
        this.palmsAhead = mode == RunningMode.VIDEO ? palmsAhead : null;
    }

    /** Returns the number of frames analysed; a MediaException from the source propagates after earlier frames were observed. */
    long run(FrameSource source, Progress progress, List<FrameObserver> observers) {
        long frames = 0;
        try (DecodeAhead decoded = new DecodeAhead(source, palmsAhead)) {
            for (Optional<DecodeAhead.Decoded> next = decoded.next(); next.isPresent(); next = decoded.next()) {
                LiveFrame frame = next.get().frame();
                List<HandPose> hands = mode == RunningMode.VIDEO
                        ? estimator.track(frame.image(), frame.timestampMs(), next.get().palms())
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
