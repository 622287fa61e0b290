package org.mirrorhand.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.mirrorhand.capture.MediaException;
import org.mirrorhand.capture.VideoFile;
import org.mirrorhand.history.DataFolder;
import org.mirrorhand.history.SqliteSessionStore;
import org.mirrorhand.pose.HandPoseEngines;
import org.mirrorhand.settings.SettingsStore;
import org.mirrorhand.ui.AppContext;
import org.mirrorhand.ui.DesktopApp;
import org.mirrorhand.ui.Screen;
import org.mirrorhand.ui.ScreenId;
import org.mirrorhand.ui.imagery.ImageryContexts;
import org.mirrorhand.ui.imagery.ImageryScreens;
import org.mirrorhand.ui.progress.Background;
import org.mirrorhand.ui.progress.ProgressView;
import org.mirrorhand.ui.progress.ProgressViewModel;

/**
 * Opens the desktop app from the command line: checks a --source video can be read before any window opens (so a bad
 * file gives one plain line, not an empty window), opens the data folder and the history, wires the pose engine, the
 * session recorder, guided imagery and My progress, then hands over to JavaFX. Runs on the main thread and returns when
 * the window closes, closing the history last.
 */
final class GuiLauncher {

    private GuiLauncher() {
    }

    static int open(Path source, DataFolder folder, Path media) {
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
        folder.ensureExists();
        try (SqliteSessionStore store = SqliteSessionStore.open(folder)) {
            AppContext context = context(source, folder, store, media);
            // JavaFX warns that it prefers the module path; on the classpath it works, and people need not see that.
            java.util.logging.Logger.getLogger("javafx").setLevel(java.util.logging.Level.SEVERE);
            DesktopApp.launch(context);
            if (context.recorders() instanceof StoreRecording recordings) {
                recordings.awaitSaved(System.err);
            }
        }
        return 0;
    }

    /** Everything the screens share, over a real history; also used by tests. */
    static AppContext context(Path source, DataFolder folder, SqliteSessionStore store, Path media) {
        SettingsStore settings = new SettingsStore(folder.file(SettingsStore.FILE_NAME));
        AppContext context = new AppContext(settings, source, HandPoseEngines::open,
                new StorePeople(store)).withRecorders(StoreRecording.factory(store))
                .withMeasurements(StoreMeasurements.into(store))
                .withMediaFolder(media != null && Files.isDirectory(media) ? media : null);
        context.withScreen(ScreenId.PROGRESS, c -> {
            ProgressViewModel vm = new ProgressViewModel(store, ZoneId.systemDefault(), Background.FX, LocalDate.now());
            return Screen.of(new ProgressView(vm), () -> vm.loadProfiles(c.currentPerson()));
        });
        if (media != null && Files.isDirectory(media.resolve("scripts"))) {
            context.withScreen(ScreenId.IMAGERY, (c, back) -> {
                ImageryScreens screens = new ImageryScreens(ImageryContexts.standard(media, folder.file("imagery"),
                        new StoreImageryLog(store, c::currentPerson)), back);
                return Screen.of(screens.root(), screens::showScriptList);
            });
        }
        return context;
    }

    /** The shipped imagery media; see {@link MediaFolder#locate}. */
    static Path mediaFolder() {
        return MediaFolder.locate();
    }

}
