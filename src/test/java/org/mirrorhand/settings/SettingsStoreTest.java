package org.mirrorhand.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.capture.CameraInfo;
import org.mirrorhand.capture.Resolution;
import org.mirrorhand.mirror.AffectedSide;
import org.mirrorhand.mirror.MirrorMode;

class SettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void aMissingFileGivesTheDefaults() {
        assertEquals(AppSettings.DEFAULTS, new SettingsStore(dir.resolve("settings.json")).load());
    }

    @Test
    void theChosenCameraAndMirrorAreRememberedBetweenRuns() {
        SettingsStore store = new SettingsStore(dir.resolve("sub/settings.json"));
        AppSettings chosen = AppSettings.DEFAULTS.withCamera(new CameraInfo(2, "USB Camera"), new Resolution(640, 480))
                .withMirror(AppSettings.DEFAULTS.mirror().withMode(MirrorMode.FULL_FLIP).withAffectedSide(AffectedSide.RIGHT))
                .withLastProfile("Ann");
        store.save(chosen);
        AppSettings again = new SettingsStore(dir.resolve("sub/settings.json")).load();
        assertEquals(chosen, again);
        assertEquals(2, again.cameraIndex());
        assertEquals(new Resolution(640, 480), again.resolution());
    }

    @Test
    void aDamagedFileIsKeptAsideAndTheDefaultsAreUsedWithAMessage() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{ this is not json");
        SettingsStore store = new SettingsStore(file);
        assertEquals(AppSettings.DEFAULTS, store.load());
        assertTrue(store.loadMessage().contains(file.toString()));
        assertTrue(Files.exists(dir.resolve("settings.json.damaged")));
    }
}
