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
import org.mirrorhand.live.LiveSession;
import org.mirrorhand.live.MirrorPainter;
import org.mirrorhand.live.PoseResult;
import org.mirrorhand.live.TimedFrame;
import org.mirrorhand.mirror.MirrorMode;
import org.mirrorhand.mirror.MirrorSettings;
import org.mirrorhand.virtualhand.MovementPlayback;
import org.mirrorhand.virtualhand.SkinTone;
import org.mirrorhand.pose.HandPose;

/**
 * The live mirrored picture. On every JavaFX pulse it takes the newest frame from the live session (never waiting for
 * pose estimation) and has the {@link MirrorPainter} mirror it into the pixel buffer the screen shows, which also times
 * the frame from arrival to screen. Landmarks and the diagnostics overlay (display latency, pose frames per second, pose
 * age) are drawn on top when switched on. JavaFX thread only.
 */
public final class MirrorDisplay extends StackPane {

    private static final long STATS_EVERY_NANOS = 500_000_000L;

    private final ImageView view = new ImageView();
    private final Canvas landmarks = new Canvas();
    private final Label diagnostics = new Label();
    private final MirrorPainter painter = new MirrorPainter(300);
    private final VirtualHandLayer virtualHand = new VirtualHandLayer();
    private final MirrorPainter.Overlay virtualHandStep =
            (s, pose, argb, width, height) -> virtualHand.show(s, pose, argb, width, height, view.getBoundsInParent());
    private final ObjectProperty<MirrorSettings> settings = new SimpleObjectProperty<>(MirrorSettings.DEFAULTS);
    private final BooleanProperty landmarksShown = new SimpleBooleanProperty(false);
    private final BooleanProperty diagnosticsShown = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<LatencyMeter.Stats> stats = new ReadOnlyObjectWrapper<>(new LatencyMeter.Stats(0, 0, 0, 0));
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private final LastShown lastShown = new LastShown(this);
    private final AnimationTimer timer;
    private LiveSession session;
    private PixelBuffer<IntBuffer> pixels;
    private TimedFrame shown;
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
        getChildren().addAll(view, virtualHand.node(), landmarks, diagnostics);
        setMinSize(0, 0);
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulse();
            }
        };
    }

    /** Starts drawing from a live session; the caller still owns (and closes) the session. */
    public void attach(LiveSession s) {
        session = s;
        shown = null;
        virtualHand.startAfresh();
        timer.start();
    }

    /** Stops drawing; the last picture stays on screen. */
    public void detach() {
        timer.stop();
        session = null;
    }

    /** Something to run on every pulse after drawing (screens refresh their counts from the session here). */
    public void setOnPulse(Runnable r) {
        onPulse = r == null ? () -> { } : r;
    }

    private void pulse() {
        if (session == null) {
            return;
        }
        TimedFrame f = session.takeDisplayFrame();
        if (f != null) {
            show(f);
        } else if (painter.width() > 0) {
            // No new picture, but maybe a new pose: the virtual hand moves on every pulse, not only with the camera.
            virtualHandStep.draw(settings.get(), session.latestPose(), painter.pixels(), painter.width(), painter.height());
        }
        long now = System.nanoTime();
        if (now - lastStatsNanos > STATS_EVERY_NANOS) {
            lastStatsNanos = now;
            updateStats();
        }
        onPulse.run();
    }

    private void updateStats() {
        LatencyMeter.Stats s = painter.latency().stats();
        LatencyMeter.Stats w = painter.work().stats();
        stats.set(s);
        warning.set(settings.get().mode().virtualHand() && !virtualHand.available()
                ? "This computer's graphics cannot draw the virtual hand. Press M for another mirror."
                : settings.get().mode().virtualHand() && virtualHand.fellBack()
                ? "Your other hand is not in view, so the virtual hand copies your working hand."
                : painter.latency().count() >= 30 ? s.warning().orElse("") : "");
        String pose = session.latestPose().isEmpty() ? "no pose yet"
                : String.format("pose %4.1f per second   pose age p50 %3.0f ms", session.poseFps(),
                        painter.poseAge().stats().p50());
        diagnostics.setText(String.format("arrival → screen  p50 %5.1f ms   p99 %5.1f ms%n"
                + "mirror work       p50 %5.1f ms   p99 %5.1f ms%n"
                + "%.1f frames per second   %s%n"
                + "pose → screen      p50 %5.1f ms   p99 %5.1f ms", s.p50(), s.p99(), w.p50(), w.p99(), s.fps(), pose,
                painter.poseToScreen().stats().p50(), painter.poseToScreen().stats().p99()));
    }

    private void show(TimedFrame f) {
        MirrorSettings s = settings.get();
        Optional<PoseResult> pose = session.latestPose();
        painter.paint(f, s, pose, virtualHandStep);
        if (pixels == null || pixels.getBuffer().array() != painter.pixels()) {
            pixels = new PixelBuffer<>(painter.width(), painter.height(), IntBuffer.wrap(painter.pixels()),
                    PixelFormat.getIntArgbPreInstance());
            view.setImage(new WritableImage(pixels));
        }
        pixels.updateBuffer(b -> null);
        // The frame shown last stays readable (tests, screenshots) until the next one replaces it.
        if (shown != null) {
            session.releaseDisplayed(shown);
        }
        shown = f;
        lastShown.show(f.frame());
        drawLandmarks(pose.map(PoseResult::hands).orElse(List.of()), s);
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

    /** How far the virtual hand opens, 0–100 % of the working hand's opening from the person's fist. */
    public void setVirtualGrade(int percent) {
        virtualHand.setGrade(percent);
    }

    /** "Show the movement": the virtual hand plays an open–close cycle at this pace; null follows the hand again. */
    public void setPlayback(MovementPlayback.Pace pace) {
        virtualHand.setPlayback(pace);
    }

    /** The person's own recorded movement for "show the movement" (packed world landmarks), or null for the model one. */
    public void setOwnMovement(java.util.List<double[]> frames) {
        virtualHand.setOwnMovement(frames);
    }

    /** Amplified feedback on the virtual hand: 1 (off) to 4. */
    public void setAmplification(int factor) {
        virtualHand.setAmplification(factor);
    }

    /** The virtual hand's skin (the "Virtual hand" mirror). */
    public void setSkinTone(SkinTone tone) {
        virtualHand.setSkinTone(tone);
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

        /** A copy where the frame's own buffer goes back to the pool once the next frame is shown. */
        @Override
        public RgbImage get() {
            if (frame == null) {
                return null;
            }
            RgbImage img = frame.image();
            return frame.decodedRgb() == null ? img : new RgbImage(img.width(), img.height(), img.pixels().clone());
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
        return pixels == null ? null : painter.pixels();
    }
}
