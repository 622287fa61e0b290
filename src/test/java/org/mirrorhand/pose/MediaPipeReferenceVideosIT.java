package org.mirrorhand.pose;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mirrorhand.capture.RgbImage;

/**
 * Video mode without smoothing (MediaPipe Hands' graph as is) against MediaPipe's own tracking output on the sampled
 * frames of each reference video (../shared/reference/video_*.json). Tracking feeds each frame's result into the next,
 * so one frame's small difference can persist a few frames; the test therefore asks for agreement on nearly every
 * frame rather than every one. The references come from the web solution, which runs MediaPipe's GPU graph, so the
 * engine samples as that graph does (the default CPU sampling drifts 1-2 % of hand size from them on the 720-pixel
 * desk videos).
 */
class MediaPipeReferenceVideosIT {

    @ParameterizedTest
    @ValueSource(strings = {"video_two_hands_open_close_5fps.json", "video_desk_top_view.json",
        "video_desk_side_view.json", "video_count_fingers_back_of_hand.json", "video_open_palm_steady.json",
        "video_face_only_5fps.json"})
    void trackingAgreesWithMediaPipeOnNearlyEveryFrame(String referenceFile) throws Exception {
        JsonNode reference = SharedMedia.reference(referenceFile);
        List<RgbImage> frames = SampledVideo.frames(SharedMedia.media(reference.get("input").asText()),
                reference.get("sampledFps").asDouble());
        JsonNode expectedFrames = reference.get("frames");
        int countAgrees = 0;
        int compared = 0;
        int withinTwoPercent = 0;
        int labelAgrees = 0;
        List<Double> errors = new ArrayList<>();
        List<Integer> countDiffers = new ArrayList<>();
        try (MediaPipeHands engine = HandPoseEngines.openMediaPipeHands(
                PoseOptions.DEFAULTS.withSampling(PixelSampling.GPU).withPalmIntervalMs(0), null, false)) {
            int n = Math.min(frames.size(), expectedFrames.size());
            for (int i = 0; i < n; i++) {
                RgbImage image = frames.get(i);
                JsonNode expected = expectedFrames.get(i);
                List<HandPose> hands = engine.track(image, expected.get("timestampMs").asDouble());
                if (hands.size() == expected.get("hands").size()) {
                    countAgrees++;
                } else {
                    countDiffers.add(i);
                }
                for (HandComparison.Pair p : HandComparison.pair(expected.get("hands"), hands, image.width(),
                        image.height())) {
                    compared++;
                    errors.add(p.meanErrorOfHandSize());
                    if (p.meanErrorOfHandSize() <= 0.02) {
                        withinTwoPercent++;
                    }
                    if (p.expectedLabel().equals(p.actual().handedness())) {
                        labelAgrees++;
                    }
                }
            }
            errors.sort(null);
            System.out.printf("%s: %d frames decoded, %d in reference; hand count agrees on %d, differs on %s; "
                            + "%d hands paired, %d within 2 %% of hand size, median error %.2f %%, p90 %.2f %%, "
                            + "handedness agrees %d%n", referenceFile, frames.size(), expectedFrames.size(),
                    countAgrees, countDiffers, compared, withinTwoPercent,
                    errors.isEmpty() ? 0 : 100 * errors.get(errors.size() / 2),
                    errors.isEmpty() ? 0 : 100 * errors.get((int) (errors.size() * 0.9)), labelAgrees);
            assertTrue(Math.abs(frames.size() - expectedFrames.size()) <= 1, "sampled frame count");
            assertTrue(countAgrees >= 0.95 * n, "hand count agrees on " + countAgrees + " of " + n);
            // face_only_5fps has one paired "hand": MediaPipe's (and our) false detection on the face at 11.4 s,
            // whose landmarks mean nothing; closeness is only asked of real hands.
            if (compared >= 10) {
                assertTrue(withinTwoPercent >= 0.9 * compared, withinTwoPercent + " of " + compared + " within 2 %");
            }
            assertTrue(labelAgrees >= 0.95 * compared, "handedness agrees on " + labelAgrees + " of " + compared);
        }
    }
}
