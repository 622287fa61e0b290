package org.mirrorhand.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mirrorhand.capture.Frame;
import org.mirrorhand.capture.FrameSource;
import org.mirrorhand.capture.MediaException;
import org.mirrorhand.capture.RgbImage;
import org.mirrorhand.capture.SourceInfo;
import org.mirrorhand.capture.VideoFile;
import org.mirrorhand.pose.HandPose;
import org.mirrorhand.pose.HandPoseEstimator;
import org.mirrorhand.pose.PoseOptions;
import org.mirrorhand.pose.StageTimings;
import org.mirrorhand.testing.SharedMedia;

class LiveSessionTest {

    /** Counts closes, so the test can see the source is closed exactly once. */
    private static final class CountingSource implements FrameSource {
        final FrameSource inner;
        final AtomicInteger closes = new AtomicInteger();

        CountingSource(FrameSource inner) {
            this.inner = inner;
        }

        @Override
        public SourceInfo info() {
            return inner.info();
        }

        @Override
        public Optional<Frame> next() {
            return inner.next();
        }

        @Override
        public void close() {
            closes.incrementAndGet();
            inner.close();
        }
    }

    /** Gives frame i (time 10·i ms) only when the test allows one more, so the test sets the pace; ends after {@code count}. */
    private static final class SteppedSource implements FrameSource {
        final Semaphore allowed = new Semaphore(0);
        final int count;
        int index;

        SteppedSource(int count) {
            this.count = count;
        }

        @Override
        public SourceInfo info() {
            return new SourceInfo("stepped", 8, 6, 100, count);
        }

        @Override
        public Optional<Frame> next() {
            if (index == count) {
                return Optional.empty();
            }
            try {
                allowed.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            return Optional.of(new Frame(index, 10.0 * index++, new RgbImage(8, 6, new byte[8 * 6 * 3])));
        }

        @Override
        public void close() {
        }
    }

    /** A pose engine made slow on purpose: its first frame takes until the test lets it go; it remembers frame times. */
    private static final class SlowEstimator implements HandPoseEstimator {
        final CountDownLatch firstEntered = new CountDownLatch(1);
        final CountDownLatch letGo;
        final List<Double> seen = new CopyOnWriteArrayList<>();

        SlowEstimator(boolean blockFirst) {
            letGo = new CountDownLatch(blockFirst ? 1 : 0);
        }

        @Override
        public List<HandPose> detect(RgbImage image) {
            return List.of();
        }

        @Override
        public List<HandPose> track(RgbImage image, double timestampMs) {
            seen.add(timestampMs);
            firstEntered.countDown();
            try {
                letGo.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        }

        @Override
        public StageTimings lastTimings() {
            return null;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void framesOfARealVideoReachTheDisplayAndTheSourceIsClosedOnceAtTheEnd() throws Exception {
        Path video = SharedMedia.media("videos/open_palm_steady.mp4");
        CountingSource source = new CountingSource(VideoFile.open(video));
        LiveSession session = LiveSession.on(source).start();
        TimedFrame first = session.awaitDisplayFrame(5000);
        assertNotNull(first, "a frame reaches the display slot");
        assertEquals(640, first.frame().image().width());
        assertTrue(session.awaitEnded(10_000), "an unpaced video runs to its end");
        session.close();
        session.close();
        assertFalse(session.captureRunning());
        assertEquals(1, source.closes.get());
        assertTrue(session.captureProblem().isEmpty());
        assertTrue(session.practiceMs() > 1000, "practice time follows the video's clock: " + session.practiceMs());
    }

    @Test
    void aSourceThatFailsMidwayIsReportedNotThrown() throws Exception {
        FrameSource failing = new FrameSource() {
            @Override
            public SourceInfo info() {
                return new SourceInfo("camera 1", 4, 4, 30, -1);
            }

            @Override
            public Optional<Frame> next() {
                throw new MediaException("camera 1 stopped sending pictures");
            }

            @Override
            public void close() {
            }
        };
        LiveSession session = LiveSession.on(failing).start();
        assertFalse(session.awaitEnded(5000), "a failed camera has not ended normally");
        assertEquals("camera 1 stopped sending pictures", session.captureProblem().orElseThrow().getMessage());
        session.close();
    }

    @Test
    void theDisplayKeepsFlowingWhilePoseIsStuckAndPoseThenGetsTheNewestFrame() throws Exception {
        SteppedSource source = new SteppedSource(50);
        SlowEstimator slow = new SlowEstimator(true);
        try (LiveSession session = LiveSession.on(source).pose(o -> slow, PoseOptions.DEFAULTS).start()) {
            source.allowed.release();
            assertEquals(0, session.awaitDisplayFrame(5000).frame().index());
            assertTrue(slow.firstEntered.await(5, TimeUnit.SECONDS), "pose took the first frame and is stuck on it");
            for (int i = 1; i < 50; i++) {
                source.allowed.release();
                TimedFrame f = session.awaitDisplayFrame(5000);
                assertNotNull(f, "frame " + i + " reached the screen while pose was stuck");
                assertEquals(i, f.frame().index(), "the screen shows every frame in turn");
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (session.captureRunning() && System.nanoTime() < deadline) {
                Thread.sleep(5); // capture hands the last frame to pose, then finds the end
            }
            slow.letGo.countDown();
            while (slow.seen.size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertEquals(List.of(0.0, 490.0), slow.seen, "after the stuck frame pose went straight to the newest one");
            assertEquals(48, session.framesDroppedBeforePose());
            assertTrue(session.awaitEnded(5000));
            assertEquals(490.0, session.latestPose().orElseThrow().timestampMs());
        }
    }

    @Test
    void theMirrorShowsPicturesWhileTheModelsAreStillLoading() throws Exception {
        SteppedSource source = new SteppedSource(5);
        CountDownLatch modelsLoaded = new CountDownLatch(1);
        EstimatorFactory slowToLoad = o -> {
            try {
                modelsLoaded.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new SlowEstimator(false);
        };
        try (LiveSession session = LiveSession.on(source).pose(slowToLoad, PoseOptions.DEFAULTS).start()) {
            for (int i = 0; i < 5; i++) {
                source.allowed.release();
                assertNotNull(session.awaitDisplayFrame(5000), "frame " + i + " shown before the models loaded");
            }
            assertFalse(session.awaitPoseReady(0), "the models are still loading");
            modelsLoaded.countDown();
            assertTrue(session.awaitEnded(5000), "the newest frame is estimated once the models are in");
            assertEquals(1, session.poseFramesProcessed());
        }
    }

    @Test
    void aRecordingIsAnalysedFrameByFrameWithNoneSkippedAndFinishedOnce() throws Exception {
        SteppedSource source = new SteppedSource(40);
        source.allowed.release(40);
        SlowEstimator estimator = new SlowEstimator(false);
        AtomicInteger finishes = new AtomicInteger();
        List<Double> told = new CopyOnWriteArrayList<>();
        LiveRecording recording = new LiveRecording() {
            @Override
            public void onPose(double timestampMs, List<HandPose> hands) {
                told.add(timestampMs);
            }

            @Override
            public int reps() {
                return told.size();
            }

            @Override
            public void finish() {
                finishes.incrementAndGet();
            }

            @Override
            public Optional<String> storageProblem() {
                return Optional.of("The history file is busy — practice goes on and is saved when it can be.");
            }
        };
        LiveSession session = LiveSession.on(source).pose(o -> estimator, PoseOptions.DEFAULTS).recording(recording)
                .pacing(LiveSession.Pacing.EVERY_FRAME).start();
        assertTrue(session.awaitEnded(10_000));
        session.close();
        session.close();
        assertEquals(40, told.size(), "every frame was estimated");
        assertEquals(40, session.reps(), "the count is the recording's");
        assertEquals(1, finishes.get());
        assertTrue(session.storageProblem().orElseThrow().startsWith("The history file is busy"));
        assertTrue(session.poseProblem().isEmpty() && session.captureProblem().isEmpty());
    }
}
