package org.mirrorhand.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mirrorhand.capture.VideoFile;
import org.mirrorhand.history.Side;
import org.mirrorhand.mirror.MirrorSettings;
import org.mirrorhand.pose.HandPoseEngines;
import org.mirrorhand.session.SessionRecorder;
import org.mirrorhand.session.SessionRecording;
import org.mirrorhand.session.SessionResult;
import org.mirrorhand.testing.SharedMedia;

/**
 * The whole live path without a window, with the real models and a real video: frames mirrored through the screen's own
 * painter, the pose engine on its own thread analysing every frame of the recording, reps counted on frame time.
 */
class SessionPathIT {

    @Test
    void theTwoHandsVideoGivesThreeRepsPerHandThroughTheLivePath() throws Exception {
        Path video = SharedMedia.media("videos/two_hands_open_close_5fps.mp4");
        SessionRecording recording = SessionRecording.countOnly(Side.RIGHT, SessionRecorder.View.CAMERA);
        LiveSession session = LiveSession.on(VideoFile.openForScreen(video)).pose(HandPoseEngines::open, Tracking.BOTH_HANDS)
                .recording(recording).pacing(LiveSession.Pacing.EVERY_FRAME).start();
        MirrorPainter painter = new MirrorPainter(1000);
        int drawn = 0;
        long giveUp = System.nanoTime() + 120_000_000_000L;
        while (!session.ended() && System.nanoTime() < giveUp) {
            TimedFrame f = session.awaitDisplayFrame(200);
            if (f != null) {
                painter.paint(f, MirrorSettings.DEFAULTS, session.latestPose());
                session.releaseDisplayed(f);
                drawn++;
            }
        }
        assertTrue(session.ended(), "the video was analysed to its end within two minutes");
        session.close();
        SessionResult result = recording.result();
        assertTrue(session.captureProblem().isEmpty());
        assertTrue(drawn > 0, "frames were drawn");
        assertEquals(80, session.poseFramesProcessed(), "every frame of a recording is analysed");
        assertEquals(3, result.repCount(Side.LEFT), "left-hand reps");
        assertEquals(3, result.repCount(Side.RIGHT), "right-hand reps");
        assertEquals(3, session.reps(), "the count shown is the working (right) hand's");
        assertTrue(session.framesReused() > 0, "decoding reused the buffers of frames nobody reads any more");
    }
}
