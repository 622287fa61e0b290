package org.mirrorhand.pose;

import java.util.List;
import org.mirrorhand.capture.RgbImage;

/**
 * Palm detection run ahead, on the thread that decodes a video file, for the frames where video mode will look for a
 * missing hand while another is tracked: the first frame of each palm-interval window ({@link PalmSchedule}). Palm
 * detection costs two to three landmark-model runs; done here it overlaps the inference thread's landmark model instead
 * of stopping it, and the estimator takes the result ({@link HandPoseEstimator#track(RgbImage, double, Palms)}). The
 * result is the same as the estimator's own: the same model, options and picture. It has a model of its own, on one
 * thread, so it never waits for the estimator's. Frames in order, on one thread.
 */
public final class PalmsAhead implements AutoCloseable {

    /** One frame's palm detections, made ahead; opaque outside the engine. */
    public static final class Palms {
        private final double timestampMs;
        private final List<PalmDetection> found;

        private Palms(double timestampMs, List<PalmDetection> found) {
            this.timestampMs = timestampMs;
            this.found = found;
        }

        /** The detections, when they were made for the frame at this time. */
        List<PalmDetection> forFrameAt(double frameMs) {
            return frameMs == timestampMs ? found : null;
        }
    }

    private final PalmDetector palms;
    private final PoseOptions options;
    private double previousMs = Double.NEGATIVE_INFINITY;

    PalmsAhead(PalmDetector palms, PoseOptions options) {
        this.palms = palms;
        this.options = options;
    }

    /** Whether looking ahead can help: video mode with a missing hand looked for on a budget. */
    static boolean useful(PoseOptions options) {
        return options.palmIntervalMs() > 0 && (options.maxHands() > 1 || options.hand() != HandLabel.ANY);
    }

    /** The next frame's palms when the estimator may want them (null otherwise). Frames in order. */
    public Palms prepare(RgbImage image, double timestampMs) {
        boolean wanted = PalmSchedule.laterWindow(previousMs, timestampMs, options.palmIntervalMs());
        previousMs = timestampMs;
        return wanted ? new Palms(timestampMs, palms.detect(image, options.minDetectionConfidence())) : null;
    }

    @Override
    public void close() {
        palms.close();
    }
}
