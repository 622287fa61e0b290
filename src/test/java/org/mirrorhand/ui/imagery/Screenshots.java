package org.mirrorhand.ui.imagery;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.mirrorhand.ui.ScreenText;

/**
 * Renders a screen into target/screenshots/NAME.png and measures it. Every screen photographed is also held to the
 * app's rules for text (18 pt and up, AA contrast, nothing cut short, off the window or overlapping). JavaFX thread.
 */
final class Screenshots {
    static final int WIDTH = 1280;
    static final int HEIGHT = 800;

    private Screenshots() {
    }

    static Scene sceneOf(Parent root) {
        return new Scene(root, WIDTH, HEIGHT);
    }

    static BufferedImage take(Scene scene, String name) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        WritableImage image = scene.snapshot(null);
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        try {
            Path out = Path.of("target/screenshots", name + ".png");
            Files.createDirectories(out.getParent());
            ImageIO.write(buffered, "png", out.toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // After writing, so a failing screen can be looked at.
        List<String> problems = ScreenText.problems(scene);
        if (!problems.isEmpty()) {
            throw new AssertionError("screen " + name + ":\n  " + String.join("\n  ", problems));
        }
        return buffered;
    }

    /** Mean luminance, 0 (black) to 1 (white). */
    static double meanLuminance(BufferedImage image) {
        double sum = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                sum += luminance(image.getRGB(x, y));
            }
        }
        return sum / (image.getWidth() * (double) image.getHeight());
    }

    /** The brightest pixel's luminance, 0 to 1. */
    static double maxLuminance(BufferedImage image) {
        double max = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                max = Math.max(max, luminance(image.getRGB(x, y)));
            }
        }
        return max;
    }

    /** Fraction of pixels that are much darker than the background: roughly, how much text is drawn. */
    static double inkFraction(BufferedImage image, double below) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (luminance(image.getRGB(x, y)) < below) {
                    ink++;
                }
            }
        }
        return ink / (image.getWidth() * (double) image.getHeight());
    }

    static double luminance(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255.0;
    }

    /** Whether a pixel is warm: more red than blue, as bed mode's text must be. */
    static boolean warm(int rgb) {
        return ((rgb >> 16) & 0xff) > (rgb & 0xff);
    }
}
