package org.mirrorhand.app;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.mirrorhand.ui.FxTesting.onFx;
import static org.mirrorhand.ui.FxTesting.waitFor;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.capture.CaptureException;
import org.mirrorhand.capture.Frame;
import org.mirrorhand.capture.FrameBuffers;
import org.mirrorhand.capture.FrameSource;
import org.mirrorhand.capture.LiveFrame;
import org.mirrorhand.capture.PacedSource;
import org.mirrorhand.capture.SourceInfo;
import org.mirrorhand.capture.VideoFile;
import org.mirrorhand.history.SessionRecord;
import org.mirrorhand.history.Side;
import org.mirrorhand.history.SqliteSessionStore;
import org.mirrorhand.pose.HandPoseEngines;
import org.mirrorhand.settings.SettingsStore;
import org.mirrorhand.testing.Mp4Writer;
import org.mirrorhand.testing.SharedMedia;
import org.mirrorhand.ui.AppContext;
import org.mirrorhand.ui.FxTesting;
import org.mirrorhand.ui.therapy.TherapyScreen;
import org.mirrorhand.ui.therapy.TherapyStage;

/**
 * Mirror therapy journeys about the hands-free pause and a lost camera: the real therapy screen at 1600 × 900 under Xvfb,
 * the real pose engine, a real SQLite history, and a video made at test time with FFmpeg standing in for the camera.
 * Driven by keys; each state photographed to {@code target/journeys/<journey>/NN-<state>.png}.
 */
class HandsFreeJourneyIT {

    private static final Path JOURNEYS = Path.of("target", "journeys");
    private static final String PAUSED = "Paused. Show your hand to go on.";

    @TempDir
    Path data;

    @BeforeAll
    static void startJavaFx() throws Exception {
        assumeTrue(System.getenv("DISPLAY") != null, "no DISPLAY: run under xvfb-run -a");
        FxTesting.start();
    }

    /** Hand for {@code handSeconds}, an empty room (the same man, no hands) for {@code awaySeconds}, hand again. */
    private static Path handAwayHand(double handSeconds, double awaySeconds, Path out) throws Exception {
        Path hand = SharedMedia.require("media/videos/two_hands_open_close_5fps.mp4");
        Path away = SharedMedia.require("media/negatives/face_only_5fps.mp4");
        try (FFmpegFrameGrabber h = new FFmpegFrameGrabber(hand.toFile());
             FFmpegFrameGrabber a = new FFmpegFrameGrabber(away.toFile())) {
            h.start();
            a.start();
            double fps = h.getFrameRate();
            try (Mp4Writer rec = Mp4Writer.start(out, h.getImageWidth(), h.getImageHeight(), fps, 20)) {
                copy(h, rec, handSeconds * fps);
                copy(a, rec, awaySeconds * fps);
                copy(h, rec, handSeconds * fps);
                return rec.finish();
            }
        }
    }

    private static void copy(FFmpegFrameGrabber in, Mp4Writer out, double frames) throws Exception {
        for (int i = 0; i < frames; i++) {
            org.bytedeco.javacv.Frame f = in.grabImage();
            if (f == null) {
                return;
            }
            out.write(f);
        }
    }

    /** A camera that is unplugged after some frames: each frame passes through until then, then it fails as one does. */
    private static final class UnpluggedAfter implements FrameSource {
        private final FrameSource inner;
        private final long frames;
        private final AtomicLong given = new AtomicLong();

        UnpluggedAfter(FrameSource inner, long frames) {
            this.inner = inner;
            this.frames = frames;
        }

        private void check() {
            if (given.incrementAndGet() > frames) {
                throw new CaptureException(CaptureException.Kind.CAMERA_LOST, "Test camera stopped sending pictures. "
                        + "Your session so far is saved. Plug the camera back in to continue.");
            }
        }

        @Override
        public SourceInfo info() {
            return inner.info();
        }

        @Override
        public Optional<Frame> next() {
            check();
            return inner.next();
        }

        @Override
        public Optional<LiveFrame> nextLive(FrameBuffers buffers) {
            check();
            return inner.nextLive(buffers);
        }

        @Override
        public void close() {
            inner.close();
        }
    }

    private record Visit(String name, TherapyStage shown, SqliteSessionStore store, int[] shots) {
        Scene scene() {
            return shown.scene();
        }

        TherapyScreen screen() {
            return shown.screen();
        }

        String text(String id) throws Exception {
            return shown.text(id);
        }

        /** A label's text; on the JavaFX thread (inside waitFor). */
        String label(String id) {
            return shown.label(id);
        }

        void photo(String state) throws Exception {
            FxTesting.settle();
            save(FxTesting.screenshot(scene(), "journey-" + name + "-" + state), state);
        }

        /**
         * Waits for a state and photographs it in the same JavaFX turn that saw it (a busy machine may have moved on by
         * the next one); when it does not come, photographs what is on screen instead and fails saying so.
         */
        void await(String state, java.util.function.BooleanSupplier condition, long timeoutMs) throws Exception {
            long end = System.currentTimeMillis() + timeoutMs;
            while (System.currentTimeMillis() < end) {
                javafx.scene.image.WritableImage shot = onFx(() -> condition.getAsBoolean() ? scene().snapshot(null)
                        : null);
                if (shot != null) {
                    save(javafx.embed.swing.SwingFXUtils.fromFXImage(shot, null), state);
                    return;
                }
                Thread.sleep(50);
            }
            photo("never-" + state);
            org.junit.jupiter.api.Assertions.fail(state + " did not come within " + timeoutMs + " ms; the band says \""
                    + text("#band-message") + "\", the time \"" + text("#session-time") + "\", the end screen \""
                    + text("#session-message") + "\"");
        }

        private void save(BufferedImage img, String state) throws Exception {
            Path dir = JOURNEYS.resolve(name);
            Files.createDirectories(dir);
            ImageIO.write(img, "png", dir.resolve(String.format("%02d-%s.png", ++shots[0], state)).toFile());
        }

        void key(KeyCode code) throws Exception {
            shown.key(code);
        }
    }

    private Visit open(String name, java.util.function.Supplier<FrameSource> camera) throws Exception {
        SqliteSessionStore store = SqliteSessionStore.open(data.resolve("history.db"));
        store.addProfile("Ann", Side.LEFT);
        AppContext context = new AppContext(new SettingsStore(data.resolve("settings.json")), null, HandPoseEngines::open,
                new StorePeople(store)).withRecorders(StoreRecording.factory(store)).withSourceOpener(camera);
        context.setCurrentPerson("Ann");
        context.updateSettings(context.settings().withSound(false));
        return new Visit(name, TherapyStage.show(context, 1600, 900), store, new int[1]);
    }

    private static void close(Visit v) throws Exception {
        try {
            v.shown().close();
        } finally {
            v.store().close();
        }
    }

    @Test
    void aHandLeavingThePicturePausesTheSessionAndItGoesOnWhenTheHandReturns() throws Exception {
        Path video = handAwayHand(12, 20, data.resolve("hand-away-hand.mp4"));
        Visit v = open("hand-leaves-the-picture", () -> new PacedSource(VideoFile.openForScreen(video)));
        try {
            v.photo("setup");
            v.key(KeyCode.SPACE); // Start has the focus
            assertTrue(waitFor(() -> v.screen().display().lastShownProperty().get() != null, 20_000), "the mirror runs");
            v.await("hand-in-view", () -> v.label("#session-time").matches("0:0[1-9] of .*|0:[1-5]\\d of .*"), 30_000);
            // The pause note is held; a more important message (a lagging picture) may come first and fade.
            v.await("paused", () -> v.label("#session-time").startsWith("Paused at ")
                    && v.label("#band-message").equals(PAUSED), 40_000);
            String pausedAt = v.text("#session-time");
            assertTrue(pausedAt.startsWith("Paused at "), pausedAt);
            v.await("resumed", () -> v.label("#session-time").contains(" of ") && v.scene().lookup("#live").isVisible(),
                    30_000);
            assertTrue(!v.text("#band-message").equals(PAUSED));
            v.await("ended", () -> v.label("#session-message").startsWith("The video has ended."), 40_000);
            assertTrue(waitFor(() -> v.store().session(1).orElseThrow().status()
                    == org.mirrorhand.history.SessionStatus.COMPLETED, 10_000), "the session is saved as completed");
            SessionRecord s = v.store().session(1).orElseThrow();
            assertTrue(s.durationMs() < 44_000 - 17_000, "the stored practice leaves out the time away: " + s.durationMs());
            assertTrue(s.durationMs() > 2_000, "but keeps the time with the hand in view: " + s.durationMs());
        } finally {
            close(v);
        }
    }

    @Test
    void aCameraLostMidSessionIsNamedPlainlyAndTheSessionIsSaved() throws Exception {
        Path clip = SharedMedia.require("media/videos/two_hands_open_close_5fps.mp4");
        Visit v = open("camera-lost", () -> new UnpluggedAfter(new PacedSource(VideoFile.openForScreen(clip)), 40));
        try {
            v.key(KeyCode.SPACE);
            assertTrue(waitFor(() -> v.screen().display().lastShownProperty().get() != null, 20_000), "the mirror runs");
            v.photo("live");
            // A test camera is always "listed", so the screen also offers to continue at once.
            v.await("camera-lost", () -> v.label("#session-message").contains("Test camera stopped sending pictures."),
                    40_000);
            assertTrue(waitFor(() -> v.store().session(1).orElseThrow().status()
                    == org.mirrorhand.history.SessionStatus.COMPLETED, 10_000), "the session is saved as completed");
            assertTrue(v.store().session(2).isEmpty(), "one session, not one per attempt");
            assertTrue(v.text("#session-message").contains("Plug the camera back in"), v.text("#session-message"));
        } finally {
            close(v);
        }
    }
}
