package org.mirrorhand.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * For each desktop platform, the libraries `mvn package -Djavacpp.platform=P` packs carry every native library the app
 * loads, built for P (read from each binary's header), and none built for another platform. sqlite-jdbc and
 * jline-native ship every platform in one jar and pick theirs at run time: they may hold others', and must hold P's.
 * Runs a child Maven per platform; the first run downloads the other platforms' jars (about 400 MB in all).
 */
class PlatformNativesIT {

    /** JavaFX names its native jars by its own classifiers. */
    private static final Map<String, String> JAVAFX = Map.of("linux-x86_64", "linux", "linux-arm64", "linux-aarch64",
            "windows-x86_64", "win", "macosx-x86_64", "mac", "macosx-arm64", "mac-aarch64");

    /** A part of a file name for each native library the app loads: TFLite, OpenCV, FFmpeg, JavaCPP, JavaFX, SQLite. */
    private static final List<String> NEEDED = List.of("jnitensorflowlite", "jniopencv_core", "opencv_core",
            "jniavcodec", "avcodec", "jniavformat", "jnijavacpp", "glass", "prism", "jfxmedia", "sqlitejdbc");

    private static final Set<String> ALL_PLATFORM_JARS = Set.of("sqlite-jdbc", "jline-native");

    /**
     * Known strays in upstream jars, by exact jar and entry so a new release is looked at again. JavaCPP's FFmpeg for
     * Apple silicon carries an Intel libatomic: no arm64 library in the jar links it and JavaCPP's preload of it is
     * optional, so FFmpeg runs without it.
     */
    private static final Set<String> KNOWN_STRAYS =
            Set.of("ffmpeg-8.0.1-1.5.13-macosx-arm64.jar!org/bytedeco/ffmpeg/macosx-arm64/libatomic.1.dylib");

    @ParameterizedTest
    @ValueSource(strings = {"linux-x86_64", "linux-arm64", "windows-x86_64", "macosx-x86_64", "macosx-arm64"})
    void theBuildForAPlatformPacksAllItsNativesAndNoOtherPlatforms(String platform) throws Exception {
        Path work = Files.createDirectories(Path.of("target", "platform-natives"));
        List<Path> jars = RuntimeLibraries.forPlatform(platform, work);
        assertTrue(jars.size() > 10, "too few libraries listed for " + platform + ": " + jars);

        Set<String> foundForPlatform = new TreeSet<>();
        List<String> foreign = new ArrayList<>();
        for (Path jar : jars) {
            String jarName = jar.getFileName().toString();
            for (String other : JAVAFX.keySet()) {
                if (!other.equals(platform)) {
                    assertTrue(!jarName.endsWith("-" + other + ".jar") && !jarName.endsWith("-" + JAVAFX.get(other)
                            + ".jar"), jarName + " is " + other + "'s, in the build for " + platform);
                }
            }
            boolean allPlatforms = ALL_PLATFORM_JARS.stream().anyMatch(jarName::startsWith);
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                    ZipEntry entry = e.nextElement();
                    if (entry.isDirectory() || !NativeBinary.looksNative(entry.getName())) {
                        continue;
                    }
                    Set<String> built = NativeBinary.platforms(head(zip, entry));
                    String file = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                    if (built.contains(platform)) {
                        foundForPlatform.add(file);
                    } else if (!allPlatforms && !KNOWN_STRAYS.contains(jarName + "!" + entry.getName())) {
                        foreign.add(jarName + "!" + entry.getName() + " " + (built.isEmpty() ? "(unknown)" : built));
                    }
                }
            }
        }
        assertEquals(List.of(), foreign, "native libraries not for " + platform);
        for (String needed : NEEDED) {
            assertTrue(foundForPlatform.stream().anyMatch(f -> f.contains(needed)),
                    "no " + needed + " native for " + platform + " among " + foundForPlatform);
        }
    }

    private static byte[] head(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readNBytes(4096);
        }
    }
}
