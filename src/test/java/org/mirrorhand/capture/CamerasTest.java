package org.mirrorhand.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CamerasTest {

    @TempDir
    Path sysfs;

    private void node(String dir, String name, String index) throws Exception {
        Path d = Files.createDirectories(sysfs.resolve(dir));
        Files.writeString(d.resolve("name"), name + "\n");
        Files.writeString(d.resolve("index"), index + "\n");
    }

    @Test
    void linuxCamerasAreListedByNameWithoutTheirMetadataNodes() throws Exception {
        node("video0", "Integrated Webcam", "0");
        node("video1", "Integrated Webcam", "1");
        node("video2", "USB Camera", "0");
        assertEquals(List.of(new CameraInfo(0, "Integrated Webcam"), new CameraInfo(2, "USB Camera")),
                Cameras.listLinux(sysfs));
    }

    @Test
    void aComputerWithoutVideoDevicesHasNoCameras() {
        assertTrue(Cameras.listLinux(sysfs.resolve("missing")).isEmpty());
    }

    @Test
    void openingACameraThatIsNotThereSaysSoPlainly() {
        CaptureException e = assertThrows(CaptureException.class,
                () -> JavaCvCamera.open(new CameraInfo(63, "Camera 64"), Resolution.DEFAULT));
        assertEquals(CaptureException.Kind.NO_CAMERA, e.kind());
        assertTrue(e.getMessage().startsWith("Could not open Camera 64."), e.getMessage());
    }
}
