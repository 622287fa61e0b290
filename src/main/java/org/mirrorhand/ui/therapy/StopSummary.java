package org.mirrorhand.ui.therapy;

import java.util.OptionalDouble;

/**
 * What the stop screen says about a finished session, in plain words: the count, the practice time on the clock, and
 * the widest opening. Pure; made on the JavaFX thread when a session ends.
 *
 * @param reps                  movements of the working hand
 * @param practisedMs           practice time on the wall clock (not the video's own time)
 * @param widestShortOfStraight the widest opening, degrees short of straight; empty before a measured rep
 */
record StopSummary(int reps, long practisedMs, OptionalDouble widestShortOfStraight) {

    static final StopSummary NONE = new StopSummary(0, 0, OptionalDouble.empty());

    String countWord() {
        return reps == 1 ? "movement" : "movements";
    }

    String time() {
        return "Practice time: " + duration(practisedMs) + ".";
    }

    /** Empty when no rep was measured, so nothing is shown rather than a made-up number. */
    String widestOpening() {
        if (widestShortOfStraight.isEmpty()) {
            return "";
        }
        long deg = Math.round(widestShortOfStraight.getAsDouble());
        return deg <= 5 ? "Widest opening: your fingers came fully straight."
                : "Widest opening: your fingers came to " + deg + "° short of straight.";
    }

    /** "1 minute 5 seconds", "40 seconds", "2 minutes": plain words, singular where it is one. */
    static String duration(long ms) {
        long s = Math.round(ms / 1000.0);
        long min = s / 60;
        long sec = s % 60;
        String minutes = min == 1 ? "1 minute" : min + " minutes";
        String seconds = sec == 1 ? "1 second" : sec + " seconds";
        if (min == 0) {
            return seconds;
        }
        return sec == 0 ? minutes : minutes + " " + seconds;
    }
}
