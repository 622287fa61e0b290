package org.mirrorhand.live;

import org.mirrorhand.mirror.AffectedSide;

/** Starts a recording for a person's session; the session store provides the real one. Called on the JavaFX thread. */
@FunctionalInterface
public interface RecordingFactory {

    /**
     * @param person   who is practising (a profile name; may be empty when nobody was chosen)
     * @param mode     "mirror" or "measure"
     * @param affected the affected hand
     * @param source   where the frames come from ("camera" or a video file name)
     */
    LiveRecording start(String person, String mode, AffectedSide affected, String source);
}
