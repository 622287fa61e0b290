package org.mirrorhand.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.capture.PacedSource;
import org.mirrorhand.capture.VideoFile;
import org.mirrorhand.history.Profile;
import org.mirrorhand.history.RepRecord;
import org.mirrorhand.history.SessionMode;
import org.mirrorhand.history.SessionStatus;
import org.mirrorhand.history.Side;
import org.mirrorhand.history.SqliteSessionStore;
import org.mirrorhand.live.LivePipeline;
import org.mirrorhand.live.TimedFrame;
import org.mirrorhand.mirror.AffectedSide;
import org.mirrorhand.mirror.MirrorRenderer;
import org.mirrorhand.mirror.MirrorSettings;
import org.mirrorhand.pose.HandPoseEngines;
import org.mirrorhand.pose.PoseOptions;
import org.mirrorhand.testing.SharedMedia;

/**
 * The whole session path of the app without a window: a video as the camera, each newest frame mirrored into a screen
 * buffer, pose on its own thread, reps counted and stored as they happen, the session saved in a real SQLite file.
 */
class LiveSessionIT {

    @TempDir
    Path data;

    @Test
    void theSavedSessionHoldsTheThreeRepsOfEachHandThatTheVideoContains() throws Exception {
        Path video = SharedMedia.media("videos/two_hands_open_close_5fps.mp4");
        long sessionId;
        try (SqliteSessionStore store = SqliteSessionStore.open(data.resolve("history.db"))) {
            Profile ann = store.addProfile("Ann", Side.LEFT);
            StoreRecording recording = StoreRecording.start(store, ann, SessionMode.MIRROR, AffectedSide.LEFT,
                    video.getFileName().toString());
            sessionId = recording.sessionId();
            LivePipeline pipeline = LivePipeline.start(new PacedSource(VideoFile.open(video)),
                    () -> HandPoseEngines.open(PoseOptions.DEFAULTS), recording, true);
            MirrorRenderer renderer = new MirrorRenderer();
            int drawn = 0;
            long giveUp = System.currentTimeMillis() + 180_000;
            while (!pipeline.sourceEnded() && System.currentTimeMillis() < giveUp) {
                TimedFrame f = pipeline.awaitDisplayFrame(500);
                if (f != null) {
                    int[] screen = new int[f.frame().image().width() * f.frame().image().height()];
                    renderer.renderArgb(f.frame().image(), MirrorSettings.DEFAULTS, null, screen);
                    drawn++;
                }
            }
            Thread.sleep(1500); // the last frame's estimation
            pipeline.close();
            recording.finish();
            assertTrue(drawn > 40, "frames were mirrored for the screen: " + drawn);
            assertEquals(80, pipeline.poseFramesProcessed(), "every frame of the recording was analysed");
            assertEquals(3, recording.reps(), "the working (right) hand's count shown on screen");
        }
        // Read back from the file, as the progress screen would.
        try (SqliteSessionStore store = SqliteSessionStore.open(data.resolve("history.db"))) {
            var session = store.session(sessionId).orElseThrow();
            assertEquals(SessionStatus.COMPLETED, session.status());
            assertEquals(SessionMode.MIRROR, session.mode());
            List<RepRecord> reps = store.reps(sessionId);
            assertEquals(3, reps.stream().filter(r -> r.hand() == Side.LEFT).count(), "left-hand reps: " + reps);
            assertEquals(3, reps.stream().filter(r -> r.hand() == Side.RIGHT).count(), "right-hand reps: " + reps);
            assertTrue(session.durationMs() > 10_000, "the session lasted the video's length: " + session.durationMs());
            assertEquals(2, store.rom(sessionId).size(), "range of motion stored for both hands");
        }
    }
}
