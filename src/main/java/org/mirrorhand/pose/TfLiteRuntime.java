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
    private static boolean loaded;

    private TfLiteRuntime() {
    }

    static synchronized void ensureLoaded() {
        if (loaded) {
            return;
        }
        System.setProperty("ai.djl.offline", "true");
        if (System.getenv("ENGINE_CACHE_DIR") == null && System.getProperty("ENGINE_CACHE_DIR") == null) {
            System.setProperty("ENGINE_CACHE_DIR", cacheDir().toString());
        }
        try {
            Engine.getEngine("TFLite");
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            throw new ModelLoadException("The TensorFlow Lite library could not be loaded from the program's libraries ("
                    + e.getMessage() + "); reinstall MirrorHand built for this operating system.", e);
        }
        loaded = true;
    }

    static Path cacheDir() {
        String override = System.getProperty(CACHE_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "mirrorhand", "djl");
    }
}
