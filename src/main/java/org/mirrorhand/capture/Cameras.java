package org.mirrorhand.capture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Lists the cameras this computer offers without opening them (opening a camera to probe it can take seconds and may
 * steal it from another program), numbered as {@link CameraBackend} opens them. Linux names come from sysfs, Windows
 * names from FFmpeg's DirectShow device list; macOS gives no names without opening devices, so there (and wherever a
 * list fails) the first few numbers are offered and opening says plainly when one is missing. Called from any thread.
 */
public final class Cameras {

    private static final Pattern VIDEO_NODE = Pattern.compile("video(\\d+)");
    private static final int GUESSED_CAMERAS = 3;

    private Cameras() {
    }

    public static List<CameraInfo> list() {
        CameraBackend backend = CameraBackend.current();
        if (backend == CameraBackend.V4L2) {
            return listLinux(Path.of("/sys/class/video4linux"));
        }
        if (backend.ffmpegDevice() != null) {
            Optional<List<String>> names = listed(backend.ffmpegDevice());
            if (names.isPresent()) {
                return named(names.get());
            }
        }
        return guessed();
    }

    private static Optional<List<String>> listed(String ffmpegDevice) {
        try {
            return FfmpegCameraList.names(ffmpegDevice);
        } catch (RuntimeException | LinkageError e) {
            // FFmpeg's natives missing or the device broken: numbers still let the person try each camera.
            return Optional.empty();
        }
    }

    /** Names in the backend's order become cameras 0, 1, ...; a blank name gets a number. */
    static List<CameraInfo> named(List<String> names) {
        List<CameraInfo> cameras = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            cameras.add(new CameraInfo(i, name == null || name.isBlank() ? "Camera " + (i + 1) : name));
        }
        return cameras;
    }

    private static List<CameraInfo> guessed() {
        List<CameraInfo> guessed = new ArrayList<>();
        for (int i = 0; i < GUESSED_CAMERAS; i++) {
            guessed.add(new CameraInfo(i, "Camera " + (i + 1)));
        }
        return guessed;
    }

    /** Capture nodes under a video4linux sysfs folder; metadata nodes (index ≠ 0) are left out. */
    static List<CameraInfo> listLinux(Path sysfs) {
        if (!Files.isDirectory(sysfs)) {
            return List.of();
        }
        List<CameraInfo> found = new ArrayList<>();
        try (Stream<Path> nodes = Files.list(sysfs)) {
            for (Path node : (Iterable<Path>) nodes::iterator) {
                Matcher m = VIDEO_NODE.matcher(node.getFileName().toString());
                if (!m.matches() || !isCaptureNode(node)) {
                    continue;
                }
                int index = Integer.parseInt(m.group(1));
                String name = readTrimmed(node.resolve("name"));
                found.add(new CameraInfo(index, name.isEmpty() ? "Camera " + (index + 1) : name));
            }
        } catch (IOException e) {
            return List.of();
        }
        found.sort(Comparator.comparingInt(CameraInfo::index));
        return found;
    }

    private static boolean isCaptureNode(Path node) {
        String index = readTrimmed(node.resolve("index"));
        return index.isEmpty() || index.equals("0");
    }

    private static String readTrimmed(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            return "";
        }
    }
}
