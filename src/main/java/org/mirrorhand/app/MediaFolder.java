package org.mirrorhand.app;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the shipped imagery media (scripts/ and audio/) are, for the app and {@code imagery-check} alike, so both find
 * the same folder wherever they are started from: MIRRORHAND_MEDIA, else "media" beside the program or in a folder
 * above it, else "media" in the current folder.
 */
final class MediaFolder {
    private MediaFolder() {
    }

    static Path locate() {
        String env = System.getenv("MIRRORHAND_MEDIA");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        try {
            Path jar = Path.of(MediaFolder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path dir = jar.getParent(); dir != null; dir = dir.getParent()) {
                if (Files.isDirectory(dir.resolve("media").resolve("scripts"))) {
                    return dir.resolve("media");
                }
            }
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // fall through to the working folder
        }
        return Path.of("media");
    }
}
