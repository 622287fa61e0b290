package org.mirrorhand.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CameraBackendTest {

    @Test
    void eachOperatingSystemGetsTheBackendThatListsItsCamerasByName() {
        assertEquals(CameraBackend.DSHOW, CameraBackend.forOs("Windows 11"));
        assertEquals(CameraBackend.DSHOW, CameraBackend.forOs("Windows Server 2022"));
        assertEquals(CameraBackend.AVFOUNDATION, CameraBackend.forOs("Mac OS X"));
        assertEquals(CameraBackend.V4L2, CameraBackend.forOs("Linux"));
        assertEquals(CameraBackend.ANY, CameraBackend.forOs("FreeBSD"));
    }

    @Test
    void openCvOpensTheCameraThroughTheBackendNumberPlusItsIndex() {
        assertEquals(702, CameraBackend.DSHOW.openCvIndex(2));
        assertEquals(1200, CameraBackend.AVFOUNDATION.openCvIndex(0));
        assertEquals(201, CameraBackend.V4L2.openCvIndex(1));
        assertEquals(3, CameraBackend.ANY.openCvIndex(3));
        assertThrows(IllegalArgumentException.class, () -> CameraBackend.DSHOW.openCvIndex(100));
    }

    @Test
    void namesComeFromFfmpegsDeviceOfTheSameSystemInterface() {
        assertEquals("dshow", CameraBackend.DSHOW.ffmpegDevice());
        assertEquals("avfoundation", CameraBackend.AVFOUNDATION.ffmpegDevice());
        assertEquals("video4linux2", CameraBackend.V4L2.ffmpegDevice());
        assertNull(CameraBackend.ANY.ffmpegDevice());
    }

    @Test
    void listedNamesAreNumberedInTheBackendsOrderAndABlankNameGetsANumber() {
        assertEquals(List.of(new CameraInfo(0, "Integrated Camera"), new CameraInfo(1, "Camera 2"),
                new CameraInfo(2, "Logitech BRIO")), Cameras.named(List.of("Integrated Camera", " ", "Logitech BRIO")));
    }

    @Test
    void ffmpegsLinuxDeviceListRunsWithoutOpeningACameraAndAgreesWithSysfs() throws Exception {
        // The one listing path these machines can run for real; dshow runs the same code on Windows.
        Optional<List<String>> names = FfmpegCameraList.names("video4linux2");
        int inSysfs = Cameras.listLinux(Path.of("/sys/class/video4linux")).size();
        assertTrue(names.isPresent(), "FFmpeg's video4linux2 device could not list");
        assertEquals(inSysfs, names.get().size(), names.get().toString());
        assertTrue(Files.isDirectory(Path.of("/dev")));
    }

    @Test
    void aDeviceFfmpegDoesNotKnowListsNothing() {
        assertTrue(FfmpegCameraList.names("no-such-capture-device").isEmpty());
    }
}
