package org.mirrorhand.ui.live;

import static org.mirrorhand.ui.FxTesting.onFx;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.BoundingBox;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javax.imageio.ImageIO;
import org.mirrorhand.capture.Frame;
import org.mirrorhand.capture.FrameSource;
import org.mirrorhand.capture.LiveFrame;
import org.mirrorhand.capture.MediaFiles;
import org.mirrorhand.history.Side;
import org.mirrorhand.live.MirrorPainter;
import org.mirrorhand.live.PoseResult;
import org.mirrorhand.live.TimedFrame;
import org.mirrorhand.live.WorkingHand;
import org.mirrorhand.mirror.AffectedSide;
import org.mirrorhand.mirror.MirrorMode;
import org.mirrorhand.mirror.MirrorSettings;
import org.mirrorhand.pose.HandPose;
import org.mirrorhand.pose.HandPoseEngines;
import org.mirrorhand.pose.HandPoseEstimator;
import org.mirrorhand.pose.PoseOptions;
import org.mirrorhand.session.SessionRecorder;
import org.mirrorhand.ui.FxTesting;
import org.mirrorhand.virtualhand.HandBones;
import org.mirrorhand.virtualhand.MovementPlayback;

/**
 * Photographs the virtual hand drawn by the real display path from one shared video tracked by the real models, at the
 * hand's most open moment, while closing and at its most closed, beside the real frame (the picture as a mirror shows
 * it): OUT/VIDEO-N-MOMENT.png. A program of its own, run by {@link VirtualHandScreenshotsIT} in a child JVM: JavaFX
 * draws 3D only on its OpenGL pipeline, which under Xvfb it refuses on Mesa's software renderer unless started with
 * -Dprism.forceGPU=true, and the test JVM's JavaFX belongs to the other screen tests. Prints one line per picture,
 * "shot NAME covered FRACTION", and exits 0, or prints why not and exits 1.
 */
final class VirtualHandShots {

    private static final double SHOWN_HEIGHT = 450;

    private VirtualHandShots() {
    }

    public static void main(String[] args) throws Exception {
        Path video = Path.of(args[0]);
        Path out = Path.of(args[1]);
        try {
            FxTesting.start();
            if (!Platform.isSupported(ConditionalFeature.SCENE3D)) {
                System.out.println("no 3D: JavaFX has no 3D pipeline here (run with -Dprism.forceGPU=true under Xvfb)");
                System.exit(1);
            }
            Files.createDirectories(out);
            if (args.length > 2 && args[2].equals("playback")) {
                photographPlayback(video, out);
            } else if (args.length > 2 && args[2].equals("own-playback")) {
                photographOwnPlayback(video, out);
            } else {
                photograph(video, out);
            }
            Platform.exit();
            System.exit(0);
        } catch (Throwable t) {
            t.printStackTrace(System.out);
            System.exit(1);
        }
    }

    private static void photograph(Path video, Path out) throws Exception {
        String name = video.getFileName().toString();
        List<Double> closure = new ArrayList<>();
        AffectedSide[] affected = {null};
        track(video, (frame, hands) -> {
            if (affected[0] == null && !hands.isEmpty()) {
                // The person sits with the working hand on its own side: the other side of the mirror is the affected one.
                double wrist = 1 - hands.get(0).landmarks().get(0).x();
                affected[0] = wrist < 0.5 ? AffectedSide.RIGHT : AffectedSide.LEFT;
            }
            // Only moments where the app would take the hand for the working one (a hand on the affected side whose
            // label says it is the affected hand is rightly not mirrored).
            Optional<HandPose> working = affected[0] == null ? Optional.empty()
                    : WorkingHand.of(hands, new MirrorSettings(MirrorMode.VIRTUAL_HAND, affected[0], 0.5, true));
            closure.add(working.map(VirtualHandShots::closure).orElse(Double.NaN));
        });
        if (affected[0] == null) {
            throw new IllegalStateException(name + ": no hand was tracked");
        }
        int[] moments = moments(closure);
        String[] words = {"open", "closing", "closed"};
        MirrorSettings virtual = new MirrorSettings(MirrorMode.VIRTUAL_HAND, affected[0], 0.5, true);
        Shots shots = new Shots();
        track(video, (frame, hands) -> {
            int i = (int) frame.index();
            PoseResult pose = new PoseResult(frame.timestampMs(), hands, System.nanoTime(), System.nanoTime());
            onFx(() -> shots.draw(frame, virtual, pose));
            for (int m = 0; m < moments.length; m++) {
                if (moments[m] == i) {
                    String file = name.replace(".mp4", "") + "-" + (m + 1) + "-" + words[m];
                    double changed = shots.save(out.resolve(file + ".png"));
                    System.out.printf(Locale.ROOT, "shot %s covered %.4f (frame %d, closure %.0f degrees)%n", file,
                            changed, i, closure.get(i));
                }
            }
        });
    }

    /**
     * "Show the movement": the built-in cycle played at the slow pace over the video's first frame, photographed at
     * its start (the fist), a quarter of the way (half-open) and half-way (fully open), with no hand tracked at all.
     */
    private static void photographPlayback(Path video, Path out) throws Exception {
        MirrorSettings virtual = new MirrorSettings(MirrorMode.VIRTUAL_HAND, AffectedSide.LEFT, 0.5, true);
        photographPlaying(new Shots(), firstFrame(video), virtual, new double[] {0, 2000, 4000}, out, "playback-slow");
    }

    /** Photographs the played movement over {@code first} at the fist, half-open and open moments {@code at}. */
    private static void photographPlaying(Shots shots, Frame first, MirrorSettings virtual, double[] at, Path out,
                                          String prefix) throws Exception {
        String[] words = {"fist", "half-open", "open"};
        for (int m = 0; m < at.length; m++) {
            double ms = at[m];
            onFx(() -> shots.drawPlayback(first, virtual, ms));
            String file = prefix + "-" + (m + 1) + "-" + words[m];
            double changed = shots.save(out.resolve(file + ".png"));
            System.out.printf(Locale.ROOT, "shot %s covered %.4f (%.0f ms into the slow cycle)%n", file, changed, ms);
        }
    }

    private static Frame firstFrame(Path video) throws Exception {
        try (FrameSource source = MediaFiles.open(video)) {
            return source.next().orElseThrow(() -> new IllegalStateException(video + " has no frames"));
        }
    }

    /**
     * "Show the movement" with the person's own movement: the video tracked by the real models through a session's
     * recorder (as a mirror session keeps it), then that cycle played at the slow pace over the video's first frame with
     * no hand tracked, photographed at its start (the fist), its widest opening, and half-way between them.
     */
    private static void photographOwnPlayback(Path video, Path out) throws Exception {
        Map<Side, SessionRecorder> recorders = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            SessionRecorder r = SessionRecorder.countOnly(SessionRecorder.View.CAMERA);
            r.keepOwnMovementOf(side);
            recorders.put(side, r);
        }
        try (HandPoseEstimator engine = HandPoseEngines.open(PoseOptions.DEFAULTS.withMaxHands(2));
             FrameSource source = MediaFiles.open(video)) {
            for (Optional<Frame> f = source.next(); f.isPresent(); f = source.next()) {
                List<HandPose> hands = engine.track(f.get().image(), f.get().timestampMs());
                for (SessionRecorder r : recorders.values()) {
                    r.accept(f.get().timestampMs(), hands);
                }
            }
        }
        recorders.values().forEach(SessionRecorder::finish);
        Side working = recorders.get(Side.RIGHT).ownCycle().isPresent() ? Side.RIGHT : Side.LEFT;
        List<double[]> cycle = recorders.get(working).ownCycle()
                .orElseThrow(() -> new IllegalStateException(video + ": no whole rep of either hand")).frames();
        int widest = 0;
        for (int k = 0; k < cycle.size(); k++) {
            if (reach(cycle.get(k)) > reach(cycle.get(widest))) {
                widest = k;
            }
        }
        System.out.printf(Locale.ROOT, "recorded the %s hand: %d frames, widest at frame %d%n",
                working.name().toLowerCase(Locale.ROOT), cycle.size(), widest);
        AffectedSide affected = working == Side.RIGHT ? AffectedSide.LEFT : AffectedSide.RIGHT;
        MirrorSettings virtual = new MirrorSettings(MirrorMode.VIRTUAL_HAND, affected, 0.5, true);
        Shots shots = new Shots();
        onFx(() -> shots.layer.setOwnMovement(cycle));
        double frameMs = MovementPlayback.Pace.SLOW.cycleMs() / cycle.size();
        photographPlaying(shots, firstFrame(video), virtual, new double[] {0, widest / 2 * frameMs, widest * frameMs},
                out, "own-playback-slow");
    }

    /** The middle fingertip's distance from the wrist, in metres. */
    private static double reach(double[] p) {
        return Math.sqrt(Math.pow(p[36] - p[0], 2) + Math.pow(p[37] - p[1], 2) + Math.pow(p[38] - p[2], 2));
    }

    /** The frames to photograph: the most open, the one half-way between it and the most closed, the most closed. */
    private static int[] moments(List<Double> closure) {
        int open = -1;
        int closed = -1;
        for (int i = 10; i < closure.size(); i++) {
            double c = closure.get(i);
            if (Double.isNaN(c)) {
                continue;
            }
            if (open < 0 || c < closure.get(open)) {
                open = i;
            }
            if (closed < 0 || c > closure.get(closed)) {
                closed = i;
            }
        }
        if (open < 0) {
            throw new IllegalStateException("no working hand was tracked after the first frames");
        }
        double half = (closure.get(open) + closure.get(closed)) / 2;
        int closing = open;
        for (int i = Math.min(open, closed); i <= Math.max(open, closed); i++) {
            if (!closure.get(i).isNaN() && Math.abs(closure.get(i) - half) < Math.abs(closure.get(closing) - half)) {
                closing = i;
            }
        }
        return new int[] {open, closing, closed};
    }

    /** The sum of the long fingers' and the thumb's joint bends, in degrees: bigger is more closed. */
    private static double closure(HandPose h) {
        double[] p = new double[63];
        HandBones.pack(h.worldLandmarks(), p);
        double sum = 0;
        for (int j = 2; j < 20; j++) {
            if (!HandBones.isTip(j)) {
                sum += HandBones.bendDegrees(p, HandBones.parent(j), j, j + 1);
            }
        }
        return sum;
    }

    private interface FrameStep {
        void accept(Frame frame, List<HandPose> hands) throws Exception;
    }

    private static void track(Path video, FrameStep step) throws Exception {
        try (HandPoseEstimator engine = HandPoseEngines.open(PoseOptions.DEFAULTS.withMaxHands(1));
             FrameSource source = MediaFiles.open(video)) {
            for (Optional<Frame> f = source.next(); f.isPresent(); f = source.next()) {
                step.accept(f.get(), engine.track(f.get().image(), f.get().timestampMs()));
            }
        }
    }

    /** The real frame and the virtual hand's picture side by side, drawn through the app's own painter and layer. */
    private static final class Shots {
        private final MirrorPainter realPainter = new MirrorPainter(10);
        private final MirrorPainter virtualPainter = new MirrorPainter(10);
        private final VirtualHandLayer layer = new VirtualHandLayer();
        private final ImageView real = new ImageView();
        private final ImageView virtual = new ImageView();
        private final Scene scene;
        private MirrorSettings settings;
        private Optional<PoseResult> pose = Optional.empty();

        Shots() {
            StackPane withHand = new StackPane(virtual, layer.node());
            HBox both = new HBox(8, new StackPane(real), withHand);
            both.setStyle("-fx-background-color: #202020; -fx-padding: 8;");
            scene = new Scene(both);
        }

        void draw(Frame frame, MirrorSettings s, PoseResult newest) {
            settings = s;
            pose = Optional.of(newest);
            TimedFrame f = new TimedFrame(LiveFrame.of(frame), System.nanoTime());
            realPainter.paint(f, s.withMode(MirrorMode.NONE), pose);
            BoundingBox shown = new BoundingBox(0, 0, frame.image().width() * SHOWN_HEIGHT / frame.image().height(),
                    SHOWN_HEIGHT);
            virtualPainter.paint(f, s, pose, (st, p, argb, w, h) -> layer.show(st, p, argb, w, h, shown));
        }

        /** The picture with no hand tracked, and the played movement {@code elapsedMs} into its cycle over it. */
        void drawPlayback(Frame frame, MirrorSettings s, double elapsedMs) {
            settings = s;
            TimedFrame f = new TimedFrame(LiveFrame.of(frame), System.nanoTime());
            realPainter.paint(f, s.withMode(MirrorMode.NONE), Optional.empty());
            BoundingBox shown = new BoundingBox(0, 0, frame.image().width() * SHOWN_HEIGHT / frame.image().height(),
                    SHOWN_HEIGHT);
            layer.setPlayback(MovementPlayback.Pace.SLOW);
            virtualPainter.paint(f, s, Optional.empty(), (st, p, argb, w, h) -> {
                layer.fit(w, h, shown);
                layer.drawPlayback(elapsedMs, st, w, h);
            });
        }

        /** Photographs both pictures; returns the share of the picture the virtual hand changed. */
        double save(Path file) throws Exception {
            return onFx(() -> {
                show(real, realPainter);
                show(virtual, virtualPainter);
                boolean drawn = layer.node().isVisible();
                layer.node().setVisible(false);
                BufferedImage without = SwingFXUtils.fromFXImage(scene.snapshot(null), null);
                layer.node().setVisible(drawn);
                BufferedImage with = SwingFXUtils.fromFXImage(scene.snapshot(null), null);
                ImageIO.write(with, "png", file.toFile());
                long changed = 0;
                for (int y = 0; y < with.getHeight(); y++) {
                    for (int x = 0; x < with.getWidth(); x++) {
                        changed += with.getRGB(x, y) != without.getRGB(x, y) ? 1 : 0;
                    }
                }
                return changed / (virtual.getFitWidth() * virtual.getFitHeight());
            });
        }

        private static void show(ImageView view, MirrorPainter p) {
            WritableImage img = new WritableImage(p.width(), p.height());
            img.getPixelWriter().setPixels(0, 0, p.width(), p.height(), PixelFormat.getIntArgbPreInstance(), p.pixels(), 0,
                    p.width());
            view.setImage(img);
            view.setFitHeight(SHOWN_HEIGHT);
            view.setFitWidth(p.width() * SHOWN_HEIGHT / p.height());
        }
    }
}
