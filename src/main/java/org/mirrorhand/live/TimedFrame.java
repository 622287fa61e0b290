package org.mirrorhand.live;

import org.mirrorhand.capture.LiveFrame;

/**
 * A frame plus the moment it reached the program ({@link System#nanoTime()}), from which display latency is measured.
 */
public record TimedFrame(LiveFrame frame, long arrivalNanos) {
}
