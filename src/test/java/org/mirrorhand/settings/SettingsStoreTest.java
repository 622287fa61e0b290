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
                .withMirror(AppSettings.DEFAULTS.mirror(AffectedSide.RIGHT).withMode(MirrorMode.FULL_FLIP))
                .withLastProfile("Ann");
        store.save(chosen);
        AppSettings again = new SettingsStore(dir.resolve("sub/settings.json")).load();
        assertEquals(chosen, again);
        assertEquals(2, again.cameraIndex());
        assertEquals(new Resolution(640, 480), again.resolution());
    }

    @Test
    void anOlderFileWithItsOwnAffectedHandAndSeamLoadsWithoutThemAndIsWrittenWithoutThem() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"cameraIndex\":1,\"cameraName\":\"Cam\",\"width\":640,\"height\":480,"
                + "\"mirrorMode\":\"HAND_ONLY\",\"affectedSide\":\"RIGHT\",\"seam\":0.2,\"cameraFacesUser\":true,"
                + "\"sound\":false,\"fullScreen\":false,\"lastProfile\":\"Ann\"}");
        SettingsStore store = new SettingsStore(file);
        AppSettings old = store.load();
        assertEquals("", store.loadMessage(), "not treated as damaged");
        assertEquals(MirrorMode.HAND_ONLY, old.mirrorMode());
        assertEquals(0.5, old.mirror(AffectedSide.LEFT).seam(), 1e-9, "the old seam is not carried over");
        store.save(old);
        String written = Files.readString(file);
        assertTrue(!written.contains("affectedSide") && !written.contains("seam"), written);
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
