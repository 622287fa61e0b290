package org.mirrorhand.ui.live;

import java.nio.IntBuffer;
import java.util.List;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectPropertyBase;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import org.mirrorhand.capture.LiveFrame;
import org.mirrorhand.capture.RgbImage;
import org.mirrorhand.live.LatencyMeter;
import org.mirrorhand.live.LivePipeline;
import org.mirrorhand.live.PoseResult;
import org.mirrorhand.live.TimedFrame;
import org.mirrorhand.mirror.HandMask;
import org.mirrorhand.mirror.MirrorMode;
import org.mirrorhand.mirror.MirrorRenderer;
import org.mirrorhand.mirror.MirrorSettings;
import org.mirrorhand.pose.HandPose;

/**
 * The live mirrored picture. On every JavaFX pulse it takes the newest frame from the pipeline (never waiting for pose
 * estimation), mirrors it straight into the pixel buffer the screen shows, and records how long the frame took from
 * arrival to screen. Landmarks and the diagnostics overlay are drawn on top when switched on. JavaFX thread only.
 */
public final class MirrorDisplay extends StackPane {

    private static final long STATS_EVERY_NANOS = 500_000_000L;

    private final ImageView view = new ImageView();
    private final Canvas landmarks = new Canvas();
    private final Label diagnostics = new Label();
    private final MirrorRenderer renderer = new MirrorRenderer();
    private final LatencyMeter latency = new LatencyMeter(300);
    private final LatencyMeter work = new LatencyMeter(300);
    private final ObjectProperty<MirrorSettings> settings = new SimpleObjectProperty<>(MirrorSettings.DEFAULTS);
    private final BooleanProperty landmarksShown = new SimpleBooleanProperty(false);
    private final BooleanProperty diagnosticsShown = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<LatencyMeter.Stats> stats = new ReadOnlyObjectWrapper<>(new LatencyMeter.Stats(0, 0, 0, 0));
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private final LastShown lastShown = new LastShown(this);
    private final AnimationTimer timer;
    private LivePipeline pipeline;
    private PixelBuffer<IntBuffer> pixels;
    private int[] argb;
    private long lastStatsNanos;
    private Runnable onPulse = () -> { };

    public MirrorDisplay() {
        getStyleClass().add("mirror-display");
        setStyle("-fx-background-color: black;");
        view.setPreserveRatio(true);
        view.setSmooth(false);
        view.fitWidthProperty().bind(widthProperty());
        view.fitHeightProperty().bind(heightProperty());
        landmarks.setMouseTransparent(true);
        diagnostics.getStyleClass().addAll("overlay", "diagnostics");
        diagnostics.visibleProperty().bind(diagnosticsShown);
        diagnostics.managedProperty().bind(diagnosticsShown);
        StackPane.setAlignment(diagnostics, Pos.CENTER_LEFT);
        diagnostics.setMaxSize(Label.USE_PREF_SIZE, Label.USE_PREF_SIZE);
        StackPane.setMargin(diagnostics, new javafx.geometry.Insets(20));
        getChildren().addAll(view, landmarks, diagnostics);
        setMinSize(0, 0);
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulse();
            }
        };
    }

    /** Starts drawing from a pipeline; the caller still owns (and closes) the pipeline. */
    public void attach(LivePipeline p) {
        pipeline = p;
        timer.start();
    }

    /** Stops drawing; the last picture stays on screen. */
    public void detach() {
        timer.stop();
        pipeline = null;
    }

    /** Something to run on every pulse after drawing (screens refresh their counts from the session here). */
    public void setOnPulse(Runnable r) {
        onPulse = r == null ? () -> { } : r;
    }

    private void pulse() {
        if (pipeline == null) {
            return;
        }
        TimedFrame f = pipeline.takeDisplayFrame();
        if (f != null) {
            show(f);
        }
        long now = System.nanoTime();
        if (now - lastStatsNanos > STATS_EVERY_NANOS) {
            lastStatsNanos = now;
            LatencyMeter.Stats s = latency.stats();
            stats.set(s);
            warning.set(latency.count() >= 30 ? s.warning().orElse("") : "");
            diagnostics.setText(String.format("arrival → screen  p50 %5.1f ms   p99 %5.1f ms%n"
                            + "mirror work       p50 %5.1f ms   p99 %5.1f ms%n"
                            + "%.1f frames per second   %s", s.p50(), s.p99(), work.stats().p50(), work.stats().p99(),
                    s.fps(), pipeline.latestPose().map(r -> String.format("pose age %.0f ms", r.ageMs())).orElse("no pose yet")));
        }
        onPulse.run();
    }

    private void show(TimedFrame f) {
        long start = System.nanoTime();
        LiveFrame frame = f.frame();
        ensureBuffer(frame.width(), frame.height());
        MirrorSettings s = settings.get();
        Optional<PoseResult> pose = pipeline.latestPose();
        HandMask hand = s.mode() == MirrorMode.HAND_ONLY
                ? pose.flatMap(r -> WorkingHand.reflectedMask(r.hands(), s, frame.width(), frame.height())).orElse(null) : null;
        if (frame.argb() != null) {
            renderer.renderArgb(frame.argb(), s, hand, argb);
        } else {
            renderer.renderArgb(frame.image(), s, hand, argb);
        }
        pixels.updateBuffer(b -> null);
        long done = System.nanoTime();
        latency.record((done - f.arrivalNanos()) / 1e6, done);
        work.record((done - start) / 1e6, done);
        lastShown.show(frame);
        drawLandmarks(pose.map(PoseResult::hands).orElse(List.of()), s);
    }

    private void ensureBuffer(int w, int h) {
        if (pixels != null && pixels.getWidth() == w && pixels.getHeight() == h) {
            return;
        }
        argb = new int[w * h];
        pixels = new PixelBuffer<>(w, h, IntBuffer.wrap(argb), PixelFormat.getIntArgbPreInstance());
        view.setImage(new WritableImage(pixels));
    }

    private void drawLandmarks(List<HandPose> hands, MirrorSettings s) {
        Bounds b = view.getBoundsInParent();
        landmarks.setWidth(b.getWidth());
        landmarks.setHeight(b.getHeight());
        LandmarkPainter.paint(landmarks.getGraphicsContext2D(), landmarksShown.get() ? hands : List.of(), s);
    }

    public ObjectProperty<MirrorSettings> settingsProperty() {
        return settings;
    }

    public BooleanProperty landmarksShownProperty() {
        return landmarksShown;
    }

    public BooleanProperty diagnosticsShownProperty() {
        return diagnosticsShown;
    }

    public ReadOnlyObjectProperty<LatencyMeter.Stats> statsProperty() {
        return stats.getReadOnlyProperty();
    }

    /** A plain warning when the mirror lags or jitters, else empty. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    /** The camera picture most recently shown (before mirroring), for tests and screenshots. */
    public ReadOnlyObjectProperty<RgbImage> lastShownProperty() {
        return lastShown;
    }

    /**
     * Holds the frame last drawn and makes its RGB picture only when someone reads it (tests, screenshots), so the JavaFX
     * thread does not convert every frame it shows.
     */
    private static final class LastShown extends ReadOnlyObjectPropertyBase<RgbImage> {
        private final Object bean;
        private LiveFrame frame;

        LastShown(Object bean) {
            this.bean = bean;
        }

        void show(LiveFrame f) {
            frame = f;
            fireValueChangedEvent();
        }

        @Override
        public RgbImage get() {
            return frame == null ? null : frame.image();
        }

        @Override
        public Object getBean() {
            return bean;
        }

        @Override
        public String getName() {
            return "lastShown";
        }
    }

    public int[] screenPixels() {
        return argb;
    }
}
