package org.mirrorhand.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mirrorhand.capture.PacedSource;
import org.mirrorhand.capture.VideoFile;
import org.mirrorhand.history.OwnMovement;
import org.mirrorhand.history.Profile;
import org.mirrorhand.history.RepRecord;
import org.mirrorhand.history.SessionMode;
import org.mirrorhand.history.SessionStatus;
import org.mirrorhand.history.Side;
import org.mirrorhand.history.SqliteSessionStore;
import org.mirrorhand.live.LiveSession;
import org.mirrorhand.live.PoseResult;
import org.mirrorhand.live.MirrorPainter;
import org.mirrorhand.live.TimedFrame;
import org.mirrorhand.live.Tracking;
import org.mirrorhand.mirror.AffectedSide;
import org.mirrorhand.mirror.MirrorMode;
import org.mirrorhand.mirror.MirrorSettings;
import org.mirrorhand.pose.HandPoseEngines;
import org.mirrorhand.pose.PoseOptions;
import org.mirrorhand.session.SessionRecording;
import org.mirrorhand.testing.SharedMedia;
import org.mirrorhand.virtualhand.Follower;
import org.mirrorhand.virtualhand.MovementPlayback;

/**
 * The whole session path of the app without a window: a video as the camera, each newest frame mirrored through the
 * screen's painter, pose on its own thread, reps counted and stored by the writer thread, the session saved in a real
 * SQLite file. What the screen showed is what the history holds.
 */
class LiveSessionIT {

    private static final Path VIDEO = SharedMedia.media("videos/two_hands_open_close_5fps.mp4");

    @TempDir
    Path data;

    @Test
    void aRecordingAnalysedFrameByFrameStoresTheThreeRepsOfEachHandAndShowsTheWorkingHandsThree() throws Exception {
        Drawn run = run(VideoFile.openForScreen(VIDEO), Tracking.BOTH_HANDS, LiveSession.Pacing.EVERY_FRAME,
                AffectedSide.LEFT);
        assertEquals(80, run.poseFrames, "every frame of the recording was analysed");
        assertTrue(run.reused > 0, "decoding reused the buffers of frames nobody reads any more");
        assertEquals(3, run.shown, "the working (right) hand's count shown on screen");
        try (SqliteSessionStore store = SqliteSessionStore.open(data.resolve("history.db"))) {
            var session = store.session(run.sessionId).orElseThrow();
            assertEquals(SessionStatus.COMPLETED, session.status());
            assertEquals(SessionMode.MIRROR, session.mode());
            List<RepRecord> reps = store.reps(run.sessionId);
            assertEquals(3, reps.stream().filter(r -> r.hand() == Side.LEFT).count(), "left-hand reps: " + reps);
            assertEquals(3, reps.stream().filter(r -> r.hand() == Side.RIGHT).count(), "right-hand reps: " + reps);
            assertTrue(session.durationMs() > 10_000, "the session lasted the video's length: " + session.durationMs());
            assertEquals(2, store.rom(run.sessionId).size(), "range of motion stored for both hands");
        }
    }

    @Test
    void aVideoPlayedAtItsOwnSpeedLikeTheAppsStoresExactlyTheCountTheScreenShowed() throws Exception {
        Drawn run = run(new PacedSource(VideoFile.openForScreen(VIDEO)), Tracking.workingHand(AffectedSide.LEFT),
                LiveSession.Pacing.NEWEST_FRAME, AffectedSide.LEFT);
        assertTrue(run.drawn > 40, "the picture flowed at the video's own speed: " + run.drawn + " frames drawn");
        assertTrue(run.poseFrames > 0, "pose ran beside it");
        try (SqliteSessionStore store = SqliteSessionStore.open(data.resolve("history.db"))) {
            assertEquals(SessionStatus.COMPLETED, store.session(run.sessionId).orElseThrow().status());
            long stored = store.reps(run.sessionId).stream().filter(r -> r.hand() == Side.RIGHT).count();
            assertEquals(run.shown, stored, "the history holds the working hand's count the screen showed");
        }
    }

    @ParameterizedTest
    @EnumSource(AffectedSide.class)
    void withBothHandsInViewMirrorTherapyCountsExactlyTheWorkingHandsThreeReps(AffectedSide affected) throws Exception {
        // The clip shows both hands: one-hand tracking must find and keep the working one, never the affected one.
        Drawn run = run(VideoFile.openForScreen(VIDEO), Tracking.workingHand(affected), LiveSession.Pacing.EVERY_FRAME,
                affected);
        assertEquals(80, run.poseFrames, "every frame of the recording was analysed");
        assertEquals(3, run.shown, "the working hand's count shown, with the " + affected + " hand affected");
        try (SqliteSessionStore store = SqliteSessionStore.open(data.resolve("history.db"))) {
            List<RepRecord> reps = store.reps(run.sessionId);
            Side working = affected == AffectedSide.LEFT ? Side.RIGHT : Side.LEFT;
            assertEquals(3, reps.stream().filter(r -> r.hand() == working).count(), "working-hand reps: " + reps);
            assertEquals(0, reps.stream().filter(r -> r.hand() != working).count(), "affected-hand reps: " + reps);
        }
    }

    @Test
    void theVirtualHandShowsAndStoresExactlyTheCountTheMirrorBoxDoesOnTheSameVideo() throws Exception {
        Drawn mirror = run(VideoFile.openForScreen(VIDEO), Tracking.BOTH_HANDS, LiveSession.Pacing.EVERY_FRAME,
                AffectedSide.LEFT);
        Follower follower = new Follower();
        int[] moved = {0};
        Drawn virtual = run(VideoFile.openForScreen(VIDEO), Tracking.BOTH_HANDS, LiveSession.Pacing.EVERY_FRAME,
                AffectedSide.LEFT, MirrorSettings.DEFAULTS.withMode(MirrorMode.VIRTUAL_HAND), (s, pose, argb, w, h) -> {
                    if (follower.follow(pose.map(PoseResult::hands).orElse(List.of()),
                            pose.map(PoseResult::timestampMs).orElse(Double.NaN), s, w, h) == Follower.State.MOVED) {
                        moved[0]++;
                    }
                });
        assertTrue(moved[0] > 10, "the virtual hand followed the working hand: moved " + moved[0] + " times");
        assertEquals(3, mirror.shown, "the mirror box's count of the working hand");
        assertEquals(mirror.shown, virtual.shown, "the same count on screen in both mirrors");
        try (SqliteSessionStore store = SqliteSessionStore.open(data.resolve("history.db"))) {
            assertEquals(store.reps(mirror.sessionId).size(), store.reps(virtual.sessionId).size(),
                    "the same reps stored in both mirrors");
        }
    }

    @Test
    void amplifiedFeedbackStoresExactlyTheRealRepsAndExtensionNeverTheAmplifiedOnes() throws Exception {
        MirrorSettings virtualHand = MirrorSettings.DEFAULTS.withMode(MirrorMode.VIRTUAL_HAND);
        Drawn plain = run(VideoFile.openForScreen(VIDEO), Tracking.amplifiedFeedback(), LiveSession.Pacing.EVERY_FRAME,
                AffectedSide.LEFT, virtualHand, null);
        Follower follower = new Follower();
        follower.setAmplification(4);
        int[] ownHand = {0};
        Drawn amplified = run(VideoFile.openForScreen(VIDEO), Tracking.amplifiedFeedback(),
                LiveSession.Pacing.EVERY_FRAME, AffectedSide.LEFT, virtualHand, (s, pose, argb, w, h) -> {
                    if (follower.follow(pose.map(PoseResult::hands).orElse(List.of()),
                            pose.map(PoseResult::timestampMs).orElse(Double.NaN), s, w, h) == Follower.State.MOVED
                            && follower.drawn() != follower.hand()) {
                        ownHand[0]++;
                    }
                });
        assertTrue(ownHand[0] > 10, "the virtual hand followed the affected hand, made bigger: " + ownHand[0] + " times");
        assertEquals(3, plain.shown, "the working hand's count with both hands tracked");
        assertEquals(plain.shown, amplified.shown, "the same count on screen with and without amplification");
        try (SqliteSessionStore store = SqliteSessionStore.open(data.resolve("history.db"))) {
            List<RepRecord> real = store.reps(plain.sessionId);
            assertFalse(real.isEmpty(), "reps were stored");
            assertEquals(real, store.reps(amplified.sessionId), "every stored rep, timing and extension is the real one");
            assertEquals(store.rom(plain.sessionId), store.rom(amplified.sessionId),
                    "the stored range of motion is the real one");
        }
    }

    @Test
    void aMirrorSessionThatEndsNormallyKeepsTheWorkingHandsOwnMovementAndShowingTheMovementPlaysIt() throws Exception {
        Drawn run = run(VideoFile.openForScreen(VIDEO), Tracking.workingHand(AffectedSide.LEFT),
                LiveSession.Pacing.EVERY_FRAME, AffectedSide.LEFT);
        assertEquals(3, run.shown, "the working (right) hand's reps");
        try (SqliteSessionStore store = SqliteSessionStore.open(data.resolve("history.db"))) {
            OwnMovement own = store.ownMovement(store.requireProfile("Ann"))
                    .orElseThrow(() -> new AssertionError("no movement was kept for Ann"));
            assertEquals(store.session(run.sessionId).orElseThrow().start(), own.recorded(), "dated by its session");
            assertEquals(48, own.frames().size());
            // The person's own hand, not the model: their fingertips go elsewhere over the cycle.
            MovementPlayback played = MovementPlayback.of(own.frames());
            MovementPlayback model = MovementPlayback.builtIn();
            double apart = 0;
            for (double ms = 0; ms < MovementPlayback.Pace.SLOW.cycleMs(); ms += 250) {
                double[] a = played.skeletonAt(ms);
                double[] b = model.skeletonAt(ms);
                apart = Math.max(apart, Math.hypot(a[36] - b[36], a[37] - b[37]));
            }
            assertTrue(apart > 0.02, "the played movement is the person's own: its middle fingertip is at most "
                    + apart + " m from the model's");
        }
    }

    private record Drawn(long sessionId, int drawn, long poseFrames, int shown, long reused) {
    }

    private Drawn run(org.mirrorhand.capture.FrameSource source, PoseOptions options, LiveSession.Pacing pacing,
            AffectedSide affected) throws Exception {
        return run(source, options, pacing, affected, MirrorSettings.DEFAULTS, null);
    }

    private Drawn run(org.mirrorhand.capture.FrameSource source, PoseOptions options, LiveSession.Pacing pacing,
            AffectedSide affected, MirrorSettings shownAs, MirrorPainter.Overlay overlay) throws Exception {
        try (SqliteSessionStore store = SqliteSessionStore.open(data.resolve("history.db"))) {
            Profile ann = store.findProfile("Ann").orElseGet(() -> store.addProfile("Ann", Side.LEFT));
            SessionRecording recording = StoreRecording.start(store, ann, SessionMode.MIRROR, affected,
                    VIDEO.getFileName().toString());
            LiveSession session = LiveSession.on(source).pose(HandPoseEngines::open, options).recording(recording)
                    .pacing(pacing).start();
            MirrorPainter painter = new MirrorPainter(1000);
            int drawn = 0;
            long giveUp = System.nanoTime() + 180_000_000_000L;
            while (!session.ended() && System.nanoTime() < giveUp) {
                TimedFrame f = session.awaitDisplayFrame(200);
                if (f != null) {
                    painter.paint(f, shownAs, session.latestPose(), overlay);
                    session.releaseDisplayed(f);
                    drawn++;
                }
            }
            assertTrue(session.ended(), "the video ended within three minutes");
            int shown = session.reps();
            session.close();
            assertEquals(shown, session.reps(), "closing counts nothing more");
            assertTrue(recording.writer().orElseThrow().awaitSaved(30_000), "the writer saved everything");
            return new Drawn(recording.sessionId(), drawn, session.poseFramesProcessed(), shown, session.framesReused());
        }
    }
}
