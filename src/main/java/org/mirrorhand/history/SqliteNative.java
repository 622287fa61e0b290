package org.mirrorhand.history;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * Where the SQLite driver's native library lives. Left alone, sqlite-jdbc copies it (about 1 MB) into the temp folder
 * under a new name on every start and deletes it at a normal exit only; after a crash or kill -9 the copy stays, and its
 * own clean-up skips copies whose ".lck" file is left too, so copies pile up. Instead MirrorHand unpacks it once into
 * the user's cache folder (one copy per driver version, private to the user) and points the driver at it. Call
 * {@link #useCacheFolder} once, first thing in main, before anything opens a database.
 */
public final class SqliteNative {
    private SqliteNative() {
    }

    /**
     * Unpacks the library into the cache folder if it is not there yet and tells the driver to load it from there. When
     * that fails the driver's own way is used; nothing else changes.
     *
     * @return the library file used, or null when the driver's own way is used
     */
    public static Path useCacheFolder(Map<String, String> env, String osName, Path home) {
        try {
            String name = System.mapLibraryName("sqlitejdbc");
            String resource = "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + name;
            Path dir = cacheFolder(env, osName, home).resolve("sqlite-" + SQLiteJDBCLoader.getVersion() + "-"
                    + OSInfo.getNativeLibFolderPathForCurrentOS().replace('/', '-'));
            Path lib = dir.resolve(name);
            try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
                if (in == null) {
                    return null;
                }
                if (!Files.isRegularFile(lib)) {
                    PrivateFiles.createFolders(dir);
                    Path tmp = PrivateFiles.createFile(dir, "." + name, ".part");
                    try {
                        try (OutputStream out = Files.newOutputStream(tmp)) {   // the private file made above
                            in.transferTo(out);
                        }
                        PrivateFiles.moveIntoPlace(tmp, lib);
                    } finally {
                        Files.deleteIfExists(tmp);
                    }
                }
            }
            System.setProperty("org.sqlite.lib.path", dir.toString());
            System.setProperty("org.sqlite.lib.name", name);
            // Should the driver still unpack a copy (it could not load ours), it goes here, not into the shared temp.
            System.setProperty("org.sqlite.tmpdir", dir.toString());
            return lib;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The per-user cache: XDG_CACHE_HOME or ~/.cache on Linux, ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows. */
    static Path cacheFolder(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData/Local");
            return base.resolve("MirrorHand").resolve("cache");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library/Caches/MirrorHand");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".cache");
        return base.resolve("mirrorhand");
    }
}
