package org.mirrorhand.app;

import java.nio.file.Path;
import org.mirrorhand.capture.MediaException;
import org.mirrorhand.capture.VideoFile;
import org.mirrorhand.pose.HandPoseEngines;
import org.mirrorhand.pose.PoseOptions;
import org.mirrorhand.settings.SettingsStore;
import org.mirrorhand.ui.AppContext;
import org.mirrorhand.ui.DesktopApp;
import org.mirrorhand.ui.InMemoryPeople;

/**
 * Opens the desktop app from the command line: checks a --source video can be read before any window opens (so a bad
 * file gives one plain line, not an empty window), wires the pose engine, settings and people, then hands over to
 * JavaFX. Runs on the main thread and returns when the window closes.
 */
final class GuiLauncher {

    private GuiLauncher() {
    }

    static int open(Path source, Path dataDir) {
        if (source != null) {
            try (VideoFile check = VideoFile.open(source)) {
                check.next().orElseThrow(() -> new MediaException(source + ": contains no video frame that could be decoded"));
            }
        }
        if (System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")
                && System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
            throw new IllegalStateException("there is no screen to show the app on (DISPLAY is not set); start it from the"
                    + " desktop, or use the command-line tools listed by --help");
        }
        SettingsStore settings = new SettingsStore(dataDir.resolve(SettingsStore.FILE_NAME));
        AppContext context = new AppContext(settings, source, () -> HandPoseEngines.open(PoseOptions.DEFAULTS),
                new InMemoryPeople());
        // JavaFX warns that it prefers the module path; on the classpath it works, and people need not see that.
        java.util.logging.Logger.getLogger("javafx").setLevel(java.util.logging.Level.SEVERE);
        DesktopApp.launch(context);
        return 0;
    }

    /** The data folder until the session store's own resolution is wired in: MIRRORHAND_DATA, else the user's folder. */
    static Path defaultDataDir() {
        String env = System.getenv("MIRRORHAND_DATA");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home", "."), ".local", "share", "mirrorhand");
    }
}
