package org.mirrorhand.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.testing.SharedMedia;

class VideoFileTest {
    @TempDir
    Path dir;

    @Test
    void decodesEveryFrameInOrderAsRgbWithTimestampsFromZero() throws Exception {
        Path video = dir.resolve("colours.mp4");
        TestVideos.write(video, 64, 48, 10, 25);
        List<Frame> frames = readAll(video);
        assertEquals(10, frames.size());
        for (int i = 0; i < frames.size(); i++) {
            Frame f = frames.get(i);
            assertEquals(i, f.index());
            assertEquals(i * 40.0, f.timestampMs(), 1.0, "25 fps means 40 ms apart");
            byte[] px = f.image().pixels();
            int centre = (24 * 64 + 32) * 3;
            assertEquals(TestVideos.redOf(i), px[centre] & 0xff, 6, "red channel first");
            assertEquals(200, px[centre + 1] & 0xff, 6);
            assertEquals(40, px[centre + 2] & 0xff, 6);
        }
    }

    @Test
    void reportsSizeRateAndFrameCountOfTheFile() throws Exception {
        Path video = dir.resolve("info.mp4");
        TestVideos.write(video, 64, 48, 10, 25);
        try (VideoFile source = VideoFile.open(video)) {
            SourceInfo info = source.info();
            assertEquals(64, info.width());
            assertEquals(48, info.height());
            assertEquals(25.0, info.fps(), 0.01);
            assertEquals(10, info.frameCount());
        }
    }

    @Test
    void aTruncatedVideoNamesTheFileAndSaysItIsIncomplete() throws Exception {
        Path video = dir.resolve("whole.mp4");
        TestVideos.write(video, 64, 48, 50, 25);
        byte[] bytes = Files.readAllBytes(video);
        Path cut = dir.resolve("cut.mp4");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        MediaException e = assertThrows(MediaException.class, () -> readAll(cut));
        assertTrue(e.getMessage().startsWith(cut.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("damaged") || e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void decodesAllFramesOfTheRealFingerspellingVideo() {
        Path video = SharedMedia.media("videos/asl_fingerspelling.mp4");
        List<Frame> frames = readAll(video);
        assertEquals(325, frames.size(), "PROVENANCE.md: 325 frames");
        assertEquals(620, frames.get(0).image().width());
        assertEquals(1080, frames.get(0).image().height());
        assertEquals(324 * 40.0, frames.get(324).timestampMs(), 1.0);
    }

    @Test
    void aVideoOpenedForTheScreenHoldsTheSameColoursAsTheRgbDecodeWithRedInTheHighByte() throws Exception {
        Path video = dir.resolve("screen.mp4");
        TestVideos.write(video, 64, 48, 5, 25);
        try (VideoFile screen = VideoFile.openForScreen(video)) {
            for (int i = 0; i < 5; i++) {
                ArgbImage argb = screen.nextLive().orElseThrow().argb();
                int centre = argb.pixels()[24 * 64 + 32];
                assertEquals(0xFF, centre >>> 24, "opaque");
                assertEquals(TestVideos.redOf(i), centre >> 16 & 0xFF, 6, "red in the high byte");
                assertEquals(200, centre >> 8 & 0xFF, 6);
                assertEquals(40, centre & 0xFF, 6);
            }
        }
    }

    @Test
    void realVideosDecodedForTheScreenMatchTheRgbDecodePixelForPixel() {
        // 620 wide: FFmpeg pads BGRA rows, so this also checks the row stride is honoured.
        for (String name : List.of("videos/asl_fingerspelling.mp4", "videos/face_then_thumbs_up.mp4")) {
            Path video = SharedMedia.media(name);
            try (VideoFile rgb = VideoFile.open(video); VideoFile screen = VideoFile.openForScreen(video)) {
                for (int i = 0; i < 3; i++) {
                    Frame expected = rgb.next().orElseThrow();
                    LiveFrame actual = screen.nextLive().orElseThrow();
                    assertEquals(expected.timestampMs(), actual.timestampMs(), 1e-9);
                    assertArrayEquals(expected.image().pixels(), actual.argb().toRgb().pixels(), name + " frame " + i);
                    assertArrayEquals(expected.image().pixels(), actual.image().pixels(), name + " frame " + i);
                }
            }
        }
    }

    @Test
    void realVideosReadAsACameraGiveArgbEqualToTheRgbDecode() {
        // BGR converted by the camera's own code (BgrPictures); 620 wide, so padded BGR rows are read by their stride.
        for (String name : List.of("videos/asl_fingerspelling.mp4", "videos/face_then_thumbs_up.mp4")) {
            Path video = SharedMedia.media(name);
            try (VideoFile rgb = VideoFile.open(video); VideoFile camera = VideoFile.openAsCamera(video)) {
                for (int i = 0; i < 3; i++) {
                    Frame expected = rgb.next().orElseThrow();
                    LiveFrame actual = camera.nextLive().orElseThrow();
                    assertEquals(expected.timestampMs(), actual.timestampMs(), 1e-9);
                    assertArrayEquals(expected.image().pixels(), actual.image().pixels(), name + " frame " + i + ", RGB");
                    assertArrayEquals(expected.image().pixels(), actual.argb().toRgb().pixels(),
                            name + " frame " + i + ", ARGB");
                    assertTrue(actual.argb().pixels()[0] >>> 24 == 0xFF, "opaque");
                    assertTrue(actual.preparedNanos() > 0, "the conversion's time goes with the frame");
                }
            }
        }
    }

    static List<Frame> readAll(Path video) {
        List<Frame> frames = new ArrayList<>();
        try (FrameSource source = MediaFiles.open(video)) {
            for (Optional<Frame> f = source.next(); f.isPresent(); f = source.next()) {
                frames.add(f.get());
            }
        }
        return frames;
    }
}
