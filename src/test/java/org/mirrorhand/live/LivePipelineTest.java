package org.mirrorhand.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mirrorhand.capture.Frame;
import org.mirrorhand.capture.FrameSource;
import org.mirrorhand.capture.MediaException;
import org.mirrorhand.capture.SourceInfo;
import org.mirrorhand.capture.VideoFile;
import org.mirrorhand.testing.SharedMedia;

class LivePipelineTest {

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

    @Test
    void framesOfARealVideoReachTheDisplayAndTheSourceIsClosedOnceAtTheEnd() throws Exception {
        Path video = SharedMedia.media("videos/open_palm_steady.mp4");
        CountingSource source = new CountingSource(VideoFile.open(video));
        LivePipeline pipeline = LivePipeline.start(source, null, PoseListener.NONE);
        TimedFrame first = pipeline.awaitDisplayFrame(5000);
        assertNotNull(first, "a frame reaches the display slot");
        assertEquals(640, first.frame().image().width());
        for (int i = 0; i < 500 && !pipeline.sourceEnded(); i++) {
            Thread.sleep(20);
        }
        assertTrue(pipeline.sourceEnded(), "an unpaced video runs to its end");
        pipeline.close();
        pipeline.close();
        assertFalse(pipeline.captureRunning());
        assertEquals(1, source.closes.get());
        assertTrue(pipeline.captureProblem().isEmpty());
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
        LivePipeline pipeline = LivePipeline.start(failing, null, PoseListener.NONE);
        for (int i = 0; i < 250 && pipeline.captureRunning(); i++) {
            Thread.sleep(20);
        }
        assertEquals("camera 1 stopped sending pictures", pipeline.captureProblem().orElseThrow().getMessage());
        pipeline.close();
    }
}
