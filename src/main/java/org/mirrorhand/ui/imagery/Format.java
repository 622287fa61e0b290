package org.mirrorhand.ui.imagery;

import java.time.Duration;

/** Time as people read it on the imagery screens: "4:05", "1:02:30". */
final class Format {
    private Format() {
    }

    static String clock(Duration duration) {
        long seconds = Math.max(0, (duration.toMillis() + 500) / 1000);
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%d:%02d", m, s);
    }

    static String minutes(Duration duration) {
        long minutes = Math.round(duration.toSeconds() / 60.0);
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
