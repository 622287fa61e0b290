package org.mirrorhand.ui.live;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.mirrorhand.ui.FxTesting.onFx;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mirrorhand.capture.Frame;
import org.mirrorhand.capture.FrameSource;
import org.mirrorhand.capture.LiveFrame;
import org.mirrorhand.capture.MediaFiles;
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
import org.mirrorhand.ui.FxTesting;
import org.mirrorhand.virtualhand.HandBones;

/**
 * The virtual hand drawn by the real display path from each shared video tracked by the real models, photographed at
 * the hand's most open moment, while closing and at its most closed, beside the real frame (the picture as a mirror
 * shows it): target/virtual-hand/VIDEO-N-MOMENT.png. Needs JavaFX's 3D pipeline, which under Xvfb only runs with
 * prism.forceGPU (set for this test's own run in the pom).
 */
class VirtualHandScreenshots3dIT {

    private static final Path OUT = Path.of("target", "virtual-hand");
    private static final double SHOWN_HEIGHT = 450;

    @BeforeAll
    static void startJavaFx() throws Exception {
        FxTesting.start();
        if (Boolean.getBoolean("mirrorhand.require3d")) {
            assertTrue(Platform.isSupported(ConditionalFeature.SCENE3D),
                    "JavaFX has no 3D here: run with -Dprism.forceGPU=true under Xvfb");
        }
        assumeTrue(Platform.isSupported(ConditionalFeature.SCENE3D),
                "JavaFX started without 3D in this JVM; this test runs in its own failsafe execution");
        Files.createDirectories(OUT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"open_palm_steady.mp4", "desk_top_view.mp4", "asl_fingerspelling.mp4",
            "count_fingers_back_of_hand.mp4", "face_then_thumbs_up.mp4", "two_hands_open_close_5fps.mp4"})
    void theVirtualHandIsDrawnOnTheAffectedSideAtTheOpenClosingAndClosedMoments(String name) throws Exception {
        Path video = Path.of("..", "shared", "media", "videos", name);
        assumeTrue(Files.exists(video), "shared test media not found at " + video.toAbsolutePath() + "; test skipped");
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
            closure.add(working.map(VirtualHandScreenshots3dIT::closure).orElse(Double.NaN));
        });
        assertTrue(affected[0] != null, name + ": no hand was tracked");
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
                    double changed = shots.save(file);
                    System.out.printf("%s: frame %d, closure %.0f°, the hand covers %.1f %% of the picture%n", file, i,
                            closure.get(i), changed * 100);
                    assertTrue(changed > 0.01, file + ": the virtual hand covers only " + changed * 100 + " %");
                }
            }
        });
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
        assertTrue(open >= 0, "no hand was tracked after the first frames");
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

        /** Photographs both pictures; returns the share of the picture the virtual hand changed. */
        double save(String file) throws Exception {
            return onFx(() -> {
                show(real, realPainter);
                show(virtual, virtualPainter);
                boolean drawn = layer.node().isVisible();
                layer.node().setVisible(false);
                BufferedImage without = SwingFXUtils.fromFXImage(scene.snapshot(null), null);
                layer.node().setVisible(drawn);
                BufferedImage with = SwingFXUtils.fromFXImage(scene.snapshot(null), null);
                ImageIO.write(with, "png", OUT.resolve(file + ".png").toFile());
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
