package org.mirrorhand.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared test media beside the project (../shared); tests that need it skip, saying so, where it is absent. */
public final class SharedMedia {
    private static final Path ROOT = Path.of("..", "shared").toAbsolutePath().normalize();

    private SharedMedia() {
    }

    /** A file under ../shared, skipping the calling test when it is missing. */
    public static Path require(String relative) {
        Path file = ROOT.resolve(relative);
        assumeTrue(Files.exists(file), "skipped: " + relative + " not found; the shared test media (../shared) is absent");
        return file;
    }

    public static Path media(String relative) {
        return require("media/" + relative);
    }

    public static Path reference(String relative) {
        return require("reference/" + relative);
    }
}
