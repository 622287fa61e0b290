package org.mirrorhand.pose;

import ai.djl.engine.Engine;
import java.nio.file.Path;

/**
 * Loads DJL's TensorFlow Lite native library exactly once, offline: DJL copies libtensorflowlite_jni from the
 * tflite-native-cpu jar on the classpath into an engine cache folder owned by MirrorHand and loads it from there; with
 * ai.djl.offline set it never tries to download. The folder is ~/.cache/mirrorhand/djl unless the system property
 * mirrorhand.engineCacheDir (or DJL's own ENGINE_CACHE_DIR) says otherwise.
 */
final class TfLiteRuntime {

    static final String CACHE_PROPERTY = "mirrorhand.engineCacheDir";
    private static final String DJL_LOG_LEVEL = "org.slf4j.simpleLogger.log.ai.djl";
    private static boolean loaded;

    private TfLiteRuntime() {
    }

    static synchronized void ensureLoaded() {
        if (loaded) {
            return;
        }
        System.setProperty("ai.djl.offline", "true");
        // DJL probes for CUDA and logs a warning when there is none; that is noise to a user, so keep DJL's own
        // loggers to errors unless someone asked for more.
        if (System.getProperty(DJL_LOG_LEVEL) == null) {
            System.setProperty(DJL_LOG_LEVEL, "error");
        }
        if (System.getenv("ENGINE_CACHE_DIR") == null && System.getProperty("ENGINE_CACHE_DIR") == null) {
            System.setProperty("ENGINE_CACHE_DIR", cacheDir().toString());
        }
        try {
            Engine.getEngine("TFLite");
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            if (!hasPublishedNative()) {
                throw new ModelLoadException("Hand tracking is not available on " + System.getProperty("os.name") + " "
                        + System.getProperty("os.arch") + ": TensorFlow Lite's library for Java is published for Linux"
                        + " x86-64 and macOS Intel only. Mirror therapy, guided imagery and My progress still work.", e);
            }
            throw new ModelLoadException("The TensorFlow Lite library could not be loaded from the program's libraries ("
                    + e.getMessage() + "); rebuild MirrorHand on this computer with `mvn -DskipTests package`.", e);
        }
        loaded = true;
    }

    /** DJL ships tflite-native-cpu for these platforms only (see the README). */
    private static boolean hasPublishedNative() {
        String os = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT);
        String arch = System.getProperty("os.arch");
        boolean x86 = "amd64".equals(arch) || "x86_64".equals(arch);
        return x86 && (os.contains("linux") || os.contains("mac"));
    }

    static Path cacheDir() {
        String override = System.getProperty(CACHE_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "mirrorhand", "djl");
    }
}
