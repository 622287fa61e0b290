package org.mirrorhand.pose;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Which hand the engine looks for, by MediaPipe's handedness label ("Left" is the hand MediaPipe calls left, which on
 * a camera's own, unmirrored picture is the person's right hand). ANY reports whatever hands are found, as MediaPipe
 * does. Pure; any thread.
 */
public enum HandLabel {
    ANY, LEFT, RIGHT;

    /** Whether a hand whose landmark model gave this left-hand probability carries the label. */
    boolean accepts(double leftProbability) {
        return this == ANY || (this == LEFT) == (leftProbability >= 0.5);
    }

    /**
     * The hands to report and track: those with the label (at most max) when any has it; otherwise the others (at
     * most max), so the person can be told which hand is seen. ANY keeps the list as it is.
     */
    <T> List<T> choose(List<T> hands, ToDoubleFunction<T> leftProbability, int max) {
        if (this == ANY) {
            return hands;
        }
        List<T> wanted = new ArrayList<>();
        for (T h : hands) {
            if (accepts(leftProbability.applyAsDouble(h))) {
                wanted.add(h);
            }
        }
        List<T> chosen = wanted.isEmpty() ? hands : wanted;
        return chosen.size() > max ? List.copyOf(chosen.subList(0, max)) : chosen;
    }
}
