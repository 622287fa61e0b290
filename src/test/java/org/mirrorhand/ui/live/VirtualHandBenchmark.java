package org.mirrorhand.ui.live;

import static org.mirrorhand.ui.FxTesting.onFx;

import java.util.Arrays;
import java.util.Locale;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.geometry.BoundingBox;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import org.mirrorhand.mirror.AffectedSide;
import org.mirrorhand.mirror.MirrorMode;
import org.mirrorhand.mirror.MirrorSettings;
import org.mirrorhand.ui.FxTesting;
import org.mirrorhand.virtualhand.MovementPlayback;

/**
 * Prints what the virtual hand costs per frame at 1280 × 720 while the built-in movement plays: moving the model (the
 * JavaFX thread's share, every pulse) and drawing it (a snapshot: render plus read-back, so an upper bound on the
 * graphics card's share). Not a test: run it under Xvfb with {@code java -Dprism.forceGPU=true -cp
 * target/classes:target/test-classes:<deps> org.mirrorhand.ui.live.VirtualHandBenchmark}.
 */
final class VirtualHandBenchmark {

    private static final int W = 1280;
    private static final int H = 720;
    private static final int FRAMES = 300;

    private VirtualHandBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        FxTesting.start();
        if (!Platform.isSupported(ConditionalFeature.SCENE3D)) {
            System.out.println("no 3D here: run under Xvfb with -Dprism.forceGPU=true");
            System.exit(1);
        }
        VirtualHandLayer layer = new VirtualHandLayer();
        MirrorSettings s = new MirrorSettings(MirrorMode.VIRTUAL_HAND, AffectedSide.LEFT, 0.5, true);
        Scene scene = onFx(() -> {
            layer.setPlayback(MovementPlayback.Pace.MEDIUM);
            layer.fit(W, H, new BoundingBox(0, 0, W, H));
            return new Scene(new StackPane(layer.node()), W, H);
        });
        WritableImage image = new WritableImage(W, H);
        for (int round = 0; round < 3; round++) {
            double[] move = new double[FRAMES];
            double[] draw = new double[FRAMES];
            for (int f = 0; f < FRAMES; f++) {
                int frame = f;
                onFx(() -> {
                    long start = System.nanoTime();
                    layer.drawPlayback(frame * 1000.0 / 30, s, W, H);
                    long moved = System.nanoTime();
                    scene.snapshot(image);
                    move[frame] = (moved - start) / 1e6;
                    draw[frame] = (System.nanoTime() - moved) / 1e6;
                });
            }
            Arrays.sort(move);
            Arrays.sort(draw);
            System.out.printf(Locale.ROOT, "round %d  move p50 %.3f ms p99 %.3f ms   draw+read-back p50 %.2f ms p99 %.2f ms"
                    + "  (%d × %d, %d frames)%n", round, move[FRAMES / 2], move[FRAMES * 99 / 100], draw[FRAMES / 2],
                    draw[FRAMES * 99 / 100], W, H, FRAMES);
        }
        Platform.exit();
        System.exit(0);
    }
}
