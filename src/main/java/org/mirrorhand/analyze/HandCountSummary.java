package org.mirrorhand.analyze;

import java.util.List;
import java.util.stream.Collectors;
import org.mirrorhand.pose.HandPose;

/** The one-line console summary of an input: hands in a still, or how many frames had hands in a video. */
final class HandCountSummary implements FrameObserver {
    private long frames;
    private long framesWithHands;
    private List<HandPose> lastHands = List.of();

    @Override
    public void frame(long index, double timestampMs, List<HandPose> hands) {
        frames++;
        if (!hands.isEmpty()) {
            framesWithHands++;
        }
        lastHands = hands;
    }

    String describe() {
        if (frames == 1) {
            if (lastHands.isEmpty()) {
                return "no hand";
            }
            return lastHands.size() + (lastHands.size() == 1 ? " hand (" : " hands (") + lastHands.stream()
                    .map(h -> String.format("%s %.2f", h.handedness(), h.handednessScore()))
                    .collect(Collectors.joining(", ")) + ")";
        }
        return String.format("%d frames, a hand in %d", frames, framesWithHands);
    }
}
